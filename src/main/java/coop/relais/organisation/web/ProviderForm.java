package coop.relais.organisation.web;

import coop.relais.organisation.ProviderKind;
import coop.relais.organisation.Siret;
import coop.relais.organisation.internal.ProviderDetails;
import coop.relais.organisation.internal.ProviderOrganisation;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** The admin's form for a provider organisation and the sites it serves. */
record ProviderForm(
        @NotBlank(message = "{organisation.field.required}") String kind,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String name,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.SIRET)
        String siret,

        String insertionStructure,
        String esus,

        @Size(max = 200, message = "{organisation.field.max200}")
        String contactName,

        @Size(max = 254, message = "{organisation.field.max254}") @ValidValue(Type.EMAIL)
        String contactEmail,

        @ValidValue(Type.PHONE) String contactPhone,
        List<String> siteIds) {

    ProviderForm {
        siteIds = siteIds == null ? List.of() : siteIds;
    }

    static ProviderForm blank() {
        return new ProviderForm("", "", "", "false", "false", "", "", "", List.of());
    }

    static ProviderForm of(ProviderOrganisation provider) {
        ProviderDetails d = provider.details();
        return new ProviderForm(
                d.kind().name(),
                d.name(),
                d.siret().value(),
                String.valueOf(d.insertionStructure()),
                String.valueOf(d.esus()),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                provider.siteIds().stream().map(UUID::toString).toList());
    }

    /** The sites ticked; a forged value that is no id becomes a site that does not exist (refused). */
    Set<UUID> sites() {
        Set<UUID> sites = new LinkedHashSet<>();
        for (String value : siteIds) {
            if (value != null && !value.isBlank()) {
                UUID id = Forms.uuid(value);
                sites.add(id == null ? new UUID(0, 0) : id);
            }
        }
        return sites;
    }

    public boolean serves(UUID siteId) {
        return siteIds.contains(siteId.toString());
    }

    ProviderDetails toDetails(BindingResult result) {
        ProviderKind providerKind = Forms.enumValue(ProviderKind.class, kind, result, "kind");
        if (result.hasErrors()) {
            return null;
        }
        try {
            return new ProviderDetails(
                    providerKind,
                    name,
                    new Siret(siret),
                    Forms.checked(insertionStructure),
                    Forms.checked(esus),
                    contactName,
                    contactEmail,
                    contactPhone);
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return null;
        }
    }
}
