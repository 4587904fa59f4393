package coop.relais.organisation;

import coop.relais.shared.DomainException;

/**
 * A French establishment number: the 9-digit SIREN followed by a 5-digit establishment number, the
 * whole checked by the Luhn key. La Poste's establishments (SIREN 356000000) are numbered so that the
 * sum of the 14 digits is a multiple of 5, and are accepted under that rule.
 */
public record Siret(String value) {

    public Siret {
        value = Luhn.compact(value);
        if (!Luhn.allDigits(value, 14)) {
            throw DomainException.invalid("organisation.siret.format");
        }
        if (!(Luhn.isValid(value) && Luhn.isValid(value.substring(0, 9)) || isLaPoste(value))) {
            throw DomainException.invalid("organisation.siret.key");
        }
    }

    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    private static boolean isLaPoste(String value) {
        if (!value.startsWith(Siren.LA_POSTE)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < value.length(); i++) {
            sum += value.charAt(i) - '0';
        }
        return sum % 5 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
