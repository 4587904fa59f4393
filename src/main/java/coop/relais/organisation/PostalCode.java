package coop.relais.organisation;

import coop.relais.shared.DomainException;
import java.util.regex.Pattern;

/** A French postal code: 5 digits, the first two naming a département (01 to 98). */
public record PostalCode(String value) {

    private static final Pattern FRENCH = Pattern.compile("(?!00)\\d{5}");

    public PostalCode {
        value = value == null ? "" : value.replaceAll("\\s", "");
        if (!FRENCH.matcher(value).matches() || value.startsWith("99")) {
            throw DomainException.invalid("organisation.postalCode.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
