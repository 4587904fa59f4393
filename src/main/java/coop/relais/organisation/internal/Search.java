package coop.relais.organisation.internal;

import java.util.Locale;

/** A case-insensitive "contains" pattern for SQL LIKE, with its wildcards escaped ({@code ESCAPE '!'}). */
final class Search {

    private Search() {}

    static String normalise(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String text = query.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    static String contains(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
