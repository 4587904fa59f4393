package coop.relais.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A French VAT rate, in percent: 0 (exempt), 2.1, 5.5, 10 or 20. Every rate Relais stores (catalogue
 * offers, orders, à-la-carte requests, copiers) is one of these, checked here when it enters and by a
 * check constraint on each table that stores one.
 */
public record VatRate(BigDecimal percent) {

    public static final VatRate EXEMPT = new VatRate(new BigDecimal("0"));
    public static final VatRate SUPER_REDUCED = new VatRate(new BigDecimal("2.1"));
    public static final VatRate REDUCED = new VatRate(new BigDecimal("5.5"));
    public static final VatRate INTERMEDIATE = new VatRate(new BigDecimal("10"));
    public static final VatRate STANDARD = new VatRate(new BigDecimal("20"));

    /** The rates, lowest first, as a form offers them. */
    public static final List<VatRate> ALL = List.of(EXEMPT, SUPER_REDUCED, REDUCED, INTERMEDIATE, STANDARD);

    public VatRate {
        if (percent == null || !allowed(percent)) {
            throw DomainException.invalid("vat.rate.notAllowed");
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /** The rate, or a refusal a person can act on ("TVA : 0, 2,1, 5,5, 10 ou 20 %"). */
    public static VatRate of(BigDecimal percent) {
        return new VatRate(percent);
    }

    /** The rate written in a form ("5,5", "20 %"), if it is one of the French rates. */
    public static Optional<VatRate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String clean =
                text.replace('\u00a0', ' ').replace("%", "").replace(" ", "").replace(',', '.');
        if (clean.isEmpty() || clean.length() > 8 || !clean.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal percent = new BigDecimal(clean);
        return allowed(percent) ? Optional.of(new VatRate(percent)) : Optional.empty();
    }

    public static boolean allowed(BigDecimal percent) {
        return percent != null
                && List.of("0", "2.1", "5.5", "10", "20").stream()
                        .anyMatch(rate -> new BigDecimal(rate).compareTo(percent) == 0);
    }

    /** As stored and shown: "20", "5.5". */
    @Override
    public String toString() {
        return percent.toPlainString();
    }
}
