package coop.relais.organisation.web;

import coop.relais.organisation.EmailDomain;
import coop.relais.organisation.internal.ClientDetails;
import coop.relais.organisation.internal.ClientOrganisation;
import coop.relais.organisation.internal.ProviderDetails;
import coop.relais.organisation.internal.ProviderOrganisation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A client organisation ({@code type} client: legal identity, billing address, approved domains, the
 * sites of its contracts) or a provider ({@code type} provider: flags, contact, sites served).
 */
@Schema(name = "Organisation")
record OrganisationResource(
        UUID id,
        String type,
        String kind,
        String name,
        String siret,
        String vatNumber,
        String street,
        String postalCode,
        String city,
        List<String> emailDomains,
        Boolean insertionStructure,
        Boolean esus,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<UUID> siteIds,
        boolean active) {

    static OrganisationResource of(ClientOrganisation client, List<UUID> siteIds) {
        ClientDetails d = client.details();
        return new OrganisationResource(
                client.id(),
                "client",
                d.kind().name(),
                d.legalName(),
                d.siret().value(),
                d.vatNumber() == null ? null : d.vatNumber().value(),
                d.address().street(),
                d.address().postalCode().value(),
                d.address().city(),
                client.domains().stream().map(EmailDomain::value).sorted().toList(),
                null,
                null,
                null,
                null,
                null,
                siteIds,
                client.active());
    }

    static OrganisationResource of(ProviderOrganisation provider) {
        ProviderDetails d = provider.details();
        return new OrganisationResource(
                provider.id(),
                "provider",
                d.kind().name(),
                d.name(),
                d.siret().value(),
                null,
                null,
                null,
                null,
                null,
                d.insertionStructure(),
                d.esus(),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                List.copyOf(provider.siteIds()),
                provider.active());
    }
}
