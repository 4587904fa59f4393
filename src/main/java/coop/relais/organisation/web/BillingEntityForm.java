package coop.relais.organisation.web;

import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import coop.relais.organisation.internal.BillingEntityDetails;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** A billing entity of the operator. */
record BillingEntityForm(
        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String name,

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
        String city,

        String personalServices) {

    static BillingEntityForm blank() {
        return new BillingEntityForm("", "", "", "", "", "", "", "false");
    }

    static BillingEntityForm of(BillingEntityDetails d) {
        return new BillingEntityForm(
                d.name(),
                d.legalName(),
                d.siret().value(),
                d.vatNumber() == null ? "" : d.vatNumber().value(),
                d.address().street(),
                d.address().postalCode().value(),
                d.address().city(),
                String.valueOf(d.personalServices()));
    }

    BillingEntityDetails toDetails(BindingResult result) {
        if (result.hasErrors()) {
            return null;
        }
        try {
            String vat = Forms.blankToNull(vatNumber);
            return new BillingEntityDetails(
                    name,
                    legalName,
                    new Siret(siret),
                    vat == null ? null : new VatNumber(vat),
                    Forms.address(street, postalCode, city),
                    Forms.checked(personalServices));
        } catch (DomainException e) {
            Forms.reject(result, e.messageKey().startsWith("organisation.vat") ? "vatNumber" : null, e);
            return null;
        }
    }
}
