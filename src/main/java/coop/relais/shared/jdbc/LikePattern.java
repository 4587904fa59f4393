package coop.relais.shared.jdbc;

import java.util.Locale;

/**
 * A case-insensitive "contains" pattern for SQL {@code LIKE}, where the searched text's own
 * {@code %} and {@code _} are taken literally. Use it with {@code LOWER(column) LIKE :q ESCAPE '!'}.
 */
public final class LikePattern {

    private LikePattern() {}

    public static String contains(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
