package coop.relais.organisation.internal;

import coop.relais.organisation.ClientKind;
import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import java.util.Objects;

/** What an admin sets on a client organisation; a French VAT number must carry the SIRET's SIREN. */
public record ClientDetails(ClientKind kind, String legalName, Siret siret, VatNumber vatNumber, Address address) {

    public ClientDetails {
        Objects.requireNonNull(kind, "kind");
        legalName = Texts.required(legalName, Texts.NAME);
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(address, "address");
        Identifiers.checkConsistent(siret, vatNumber);
    }
}
