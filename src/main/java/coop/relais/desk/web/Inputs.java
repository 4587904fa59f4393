package coop.relais.desk.web;

import coop.relais.shared.Money;
import coop.relais.shared.text.AmountInput;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strict parsing of what people type: an amount is digits with at most two decimals (comma or point,
 * spaces between thousands, an optional euro sign); anything else, letters included, is refused
 * rather than guessed.
 */
final class Inputs {

    private static final Pattern PAGE_PRICE = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,4})?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,12}");

    private Inputs() {}

    /** An amount in euros, e.g. "150", "142,50", "1 250.00 €"; empty if not one. */
    static Optional<Money> money(String text) {
        return AmountInput.euros(text).map(Money::of);
    }

    /** A price per page with up to four decimals, e.g. "0,015". */
    static Optional<BigDecimal> pagePrice(String text) {
        return AmountInput.decimal(text, PAGE_PRICE);
    }

    /** A whole counter value, e.g. "12 450". */
    static Optional<Long> count(String text) {
        String clean = AmountInput.strip(text);
        if (clean == null || !COUNT.matcher(clean).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(clean));
    }

    static Optional<UUID> uuid(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
