package coop.relais.organisation.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import coop.relais.organisation.ClientKind;
import coop.relais.organisation.EmailDomain;
import coop.relais.organisation.ProviderKind;
import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import coop.relais.organisation.internal.ClientDetails;
import coop.relais.organisation.internal.ProviderDetails;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** A client organisation ({@code "type": "client"}) or a provider ({@code "type": "provider"}) sent by an admin. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrganisationRequest.Client.class, name = "client"),
    @JsonSubTypes.Type(value = OrganisationRequest.Provider.class, name = "provider")
})
@Schema(
        name = "OrganisationRequest",
        oneOf = {OrganisationRequest.Client.class, OrganisationRequest.Provider.class},
        discriminatorProperty = "type")
sealed interface OrganisationRequest {

    Boolean active();

    @Schema(name = "ClientOrganisationRequest")
    record Client(
            @NotNull(message = "{organisation.field.required}")
            ClientKind kind,

            @Schema(description = "Legal name")
            @NotBlank(message = "{organisation.field.required}")
            @Size(max = 200, message = "{organisation.field.max200}")
            String name,

            @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.SIRET)
            String siret,

            @ValidValue(Type.VAT) String vatNumber,

            @NotBlank(message = "{organisation.field.required}")
            @Size(max = 300, message = "{organisation.field.max300}")
            String street,

            @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.POSTAL_CODE)
            String postalCode,

            @NotBlank(message = "{organisation.field.required}")
            @Size(max = 120, message = "{organisation.field.max120}")
            String city,

            @Schema(description = "Approved e-mail domains; absent keeps them on PUT")
            @Size(max = 50, message = "{organisation.api.tooMany}")
            List<@NotBlank(message = "{organisation.field.required}") @ValidValue(Type.EMAIL_DOMAIN) String>
                    emailDomains,

            Boolean active)
            implements OrganisationRequest {

        ClientDetails toDetails() throws MethodArgumentNotValidException {
            try {
                String vat = Forms.blankToNull(vatNumber);
                return new ClientDetails(
                        kind,
                        name,
                        new Siret(siret),
                        vat == null ? null : new VatNumber(vat),
                        Forms.address(street, postalCode, city));
            } catch (DomainException e) {
                throw ApiValidation.fieldError(
                        this, e.messageKey().startsWith("organisation.vat") ? "vatNumber" : "organisation", e);
            }
        }

        Set<EmailDomain> domains() {
            if (emailDomains == null) {
                return null;
            }
            Set<EmailDomain> domains = new LinkedHashSet<>();
            emailDomains.forEach(d -> domains.add(new EmailDomain(d)));
            return domains;
        }
    }

    @Schema(name = "ProviderOrganisationRequest")
    record Provider(
            @NotNull(message = "{organisation.field.required}")
            ProviderKind kind,

            @NotBlank(message = "{organisation.field.required}")
            @Size(max = 200, message = "{organisation.field.max200}")
            String name,

            @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.SIRET)
            String siret,

            Boolean insertionStructure,
            Boolean esus,

            @Size(max = 200, message = "{organisation.field.max200}")
            String contactName,

            @Size(max = 254, message = "{organisation.field.max254}") @ValidValue(Type.EMAIL)
            String contactEmail,

            @Size(max = 30, message = "{organisation.field.max30}") @ValidValue(Type.PHONE)
            String contactPhone,

            @Schema(description = "Sites served; absent keeps them on PUT")
            @Size(max = 500, message = "{organisation.api.tooMany}")
            List<@NotNull(message = "{organisation.field.required}") UUID> siteIds,

            Boolean active)
            implements OrganisationRequest {

        ProviderDetails toDetails() throws MethodArgumentNotValidException {
            try {
                return new ProviderDetails(
                        kind,
                        name,
                        new Siret(siret),
                        Boolean.TRUE.equals(insertionStructure),
                        Boolean.TRUE.equals(esus),
                        contactName,
                        contactEmail,
                        contactPhone);
            } catch (DomainException e) {
                throw ApiValidation.fieldError(this, "organisation", e);
            }
        }

        Set<UUID> sites() {
            return siteIds == null ? null : new LinkedHashSet<>(siteIds);
        }
    }
}
