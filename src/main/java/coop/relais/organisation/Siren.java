package coop.relais.organisation;

import coop.relais.shared.DomainException;

/** A French company number: 9 digits whose last is a Luhn key. Spaces typed inside are removed. */
public record Siren(String value) {

    /** La Poste's SIREN, whose establishments follow their own SIRET rule. */
    public static final String LA_POSTE = "356000000";

    public Siren {
        value = Luhn.compact(value);
        if (!Luhn.allDigits(value, 9)) {
            throw DomainException.invalid("organisation.siren.format");
        }
        if (!Luhn.isValid(value)) {
            throw DomainException.invalid("organisation.siren.key");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
