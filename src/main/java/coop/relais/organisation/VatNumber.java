package coop.relais.organisation;

import coop.relais.shared.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An intra-EU VAT number. A French one is {@code FR} + a 2-digit key + the SIREN, the key being
 * {@code (12 + 3 × (SIREN mod 97)) mod 97}; numbers of other member states are only checked for
 * their general shape (2 letters and 2 to 13 letters or digits).
 */
public record VatNumber(String value) {

    private static final Pattern FRENCH = Pattern.compile("FR\\d{11}");
    private static final Pattern OTHER = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,13}");

    public VatNumber {
        value = Luhn.compact(value).toUpperCase(Locale.ROOT);
        if (value.startsWith("FR")) {
            if (!FRENCH.matcher(value).matches()) {
                throw DomainException.invalid("organisation.vat.french");
            }
            String siren = value.substring(4);
            if (!Luhn.isValid(siren) || !value.equals(frenchFor(siren))) {
                throw DomainException.invalid("organisation.vat.key");
            }
        } else if (!OTHER.matcher(value).matches()) {
            throw DomainException.invalid("organisation.vat.format");
        }
    }

    /** The French VAT number of a company. */
    public static VatNumber of(Siren siren) {
        return new VatNumber(frenchFor(siren.value()));
    }

    /** The SIREN inside a French VAT number; empty for another country. */
    public Optional<Siren> siren() {
        return value.startsWith("FR") ? Optional.of(new Siren(value.substring(4))) : Optional.empty();
    }

    private static String frenchFor(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    @Override
    public String toString() {
        return value;
    }
}
