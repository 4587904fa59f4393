package coop.relais.organisation.web;

import coop.relais.organisation.ClientKind;
import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import coop.relais.organisation.internal.ClientDetails;
import coop.relais.organisation.internal.ClientOrganisation;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The admin's form for a client organisation's identity and billing address. */
record ClientForm(
        @NotBlank(message = "{organisation.field.required}") String kind,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String legalName,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.SIRET)
        String siret,

        @ValidValue(Type.VAT) String vatNumber,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 300, message = "{organisation.field.max300}")
        String street,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.POSTAL_CODE)
        String postalCode,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 120, message = "{organisation.field.max120}")
        String city) {

    static ClientForm blank() {
        return new ClientForm("", "", "", "", "", "", "");
    }

    static ClientForm of(ClientOrganisation client) {
        ClientDetails d = client.details();
        return new ClientForm(
                d.kind().name(),
                d.legalName(),
                d.siret().value(),
                d.vatNumber() == null ? "" : d.vatNumber().value(),
                d.address().street(),
                d.address().postalCode().value(),
                d.address().city());
    }

    /** The details, or null once the refusals are recorded in the binding result. */
    ClientDetails toDetails(BindingResult result) {
        ClientKind clientKind = Forms.enumValue(ClientKind.class, kind, result, "kind");
        if (result.hasErrors()) {
            return null;
        }
        try {
            String vat = Forms.blankToNull(vatNumber);
            return new ClientDetails(
                    clientKind,
                    legalName,
                    new Siret(siret),
                    vat == null ? null : new VatNumber(vat),
                    Forms.address(street, postalCode, city));
        } catch (DomainException e) {
            Forms.reject(result, e.messageKey().startsWith("organisation.vat") ? "vatNumber" : null, e);
            return null;
        }
    }
}
