package coop.relais.organisation.internal;

import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import java.util.Objects;

/**
 * A legal entity of the operator that issues invoices; {@code personalServices} marks the one declared
 * for "services à la personne" (tax credit for members, PRODUCT §6).
 */
public record BillingEntityDetails(
        String name, String legalName, Siret siret, VatNumber vatNumber, Address address, boolean personalServices) {

    public BillingEntityDetails {
        name = Texts.required(name, Texts.NAME);
        legalName = Texts.required(legalName, Texts.NAME);
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(address, "address");
        Identifiers.checkConsistent(siret, vatNumber);
    }
}
