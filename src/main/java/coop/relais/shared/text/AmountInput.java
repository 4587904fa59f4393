package coop.relais.shared.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in euros as people type it: digits with at most two decimals (comma or point), spaces
 * between thousands, an optional euro sign. Anything else, letters included, is refused rather than
 * guessed.
 */
public final class AmountInput {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(?:[.,]\\d{1,2})?");

    private AmountInput() {}

    /** "150", "142,50", "1 250.00 €" as a number; empty if the text is not an amount. */
    public static Optional<BigDecimal> euros(String text) {
        return decimal(text, AMOUNT);
    }

    /** A decimal matching {@code pattern} once spaces and a trailing euro sign are removed. */
    public static Optional<BigDecimal> decimal(String text, Pattern pattern) {
        String clean = strip(text);
        if (clean == null || clean.length() > 20 || !pattern.matcher(clean).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(clean.replace(',', '.')));
    }

    /** Removes spaces (also non-breaking ones) and a trailing euro sign; null when nothing is left. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (clean.endsWith("€")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean.isEmpty() ? null : clean;
    }
}
