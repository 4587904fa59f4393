package coop.relais.organisation.internal;

import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import coop.relais.shared.DomainException;

final class Identifiers {

    private Identifiers() {}

    /** A French VAT number names the same company as the SIRET. */
    static void checkConsistent(Siret siret, VatNumber vat) {
        if (siret != null
                && vat != null
                && vat.siren().isPresent()
                && !vat.siren().get().equals(siret.siren())) {
            throw DomainException.invalid("organisation.vat.sirenMismatch");
        }
    }
}
