package coop.relais.organisation.internal;

import coop.relais.organisation.Siren;
import java.util.Objects;

/** The operator: the conciergerie company. */
public record OperatorDetails(String name, String legalName, Siren siren, Address address) {

    public OperatorDetails {
        name = Texts.required(name, Texts.NAME);
        legalName = Texts.required(legalName, Texts.NAME);
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(address, "address");
    }
}
