package coop.relais.catalogue.web;

import coop.relais.catalogue.OfferView;
import coop.relais.shared.text.Folding;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The member's search: every word typed must appear in the service name, description, category or
 * provider, ignoring case and accents (« epicerie » finds « Épicerie »).
 */
final class CatalogueSearch {

    /** Longer queries are cut: nobody types more to find a service. */
    static final int MAX_LENGTH = 100;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;

    private CatalogueSearch(List<String> words) {
        this.words = words;
    }

    static CatalogueSearch of(String query) {
        String cut = clean(query);
        return new CatalogueSearch(Arrays.stream(SEPARATORS.split(fold(cut)))
                .filter(word -> !word.isEmpty())
                .toList());
    }

    /** The query as shown back in the search box: trimmed and cut to {@link #MAX_LENGTH}. */
    static String clean(String query) {
        String trimmed = query == null ? "" : query.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    boolean matches(OfferView offer) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(
                " ",
                offer.serviceName(),
                offer.description() == null ? "" : offer.description(),
                offer.categoryName(),
                offer.providerName()));
        return words.stream().allMatch(haystack::contains);
    }

    static String fold(String text) {
        return Folding.fold(text);
    }
}
