package coop.relais.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text compared the way a person reads it: accents and case do not matter ("Hélène" finds "helene"),
 * and for names, extra spaces neither.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {}

    /** Without accents, in lower case; "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A person's name as a comparison key: folded, trimmed, single spaces. */
    public static String nameKey(String name) {
        return SPACES.matcher(fold(name).strip()).replaceAll(" ");
    }
}
