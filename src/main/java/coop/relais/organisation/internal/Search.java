package coop.relais.organisation.internal;

/** The admin lists' search text: trimmed and cut to 100 characters. */
final class Search {

    private Search() {}

    static String normalise(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String text = query.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
