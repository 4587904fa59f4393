package coop.relais.catalogue.internal;

import coop.relais.shared.text.TextRules;
import java.util.List;

/** Rules shared by the names and descriptions of the catalogue: trimmed, bounded, no control characters. */
final class Names {

    private Names() {}

    /** A trimmed one-line name, checked; violations are added to the list. */
    static String name(String value, String field, int max, List<Violation> violations) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            violations.add(new Violation(field, "catalogue.name.required"));
        } else if (trimmed.length() > max) {
            violations.add(new Violation(field, "catalogue.name.tooLong", max));
        } else if (!TextRules.isOneLine(trimmed)) {
            violations.add(new Violation(field, "catalogue.name.invalid"));
        }
        return trimmed;
    }

    /** An optional trimmed text that may span lines; blank becomes null. */
    static String text(String value, String field, int max, List<Violation> violations) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            violations.add(new Violation(field, "catalogue.text.tooLong", max));
        } else if (!TextRules.isPlainText(trimmed)) {
            violations.add(new Violation(field, "catalogue.name.invalid"));
        }
        return trimmed;
    }
}
