package coop.relais.organisation.internal;

import coop.relais.organisation.ProviderKind;
import coop.relais.organisation.Siret;
import java.util.Objects;

/** What an admin sets on a provider organisation. */
public record ProviderDetails(
        ProviderKind kind,
        String name,
        Siret siret,
        boolean insertionStructure,
        boolean esus,
        String contactName,
        String contactEmail,
        String contactPhone) {

    public ProviderDetails {
        Objects.requireNonNull(kind, "kind");
        name = Texts.required(name, Texts.NAME);
        Objects.requireNonNull(siret, "siret");
        contactName = Texts.optional(contactName, Texts.NAME);
        contactEmail = Texts.email(contactEmail);
        contactPhone = Texts.phone(contactPhone);
    }
}
