package coop.relais.organisation.web;

import coop.relais.organisation.Siren;
import coop.relais.organisation.internal.OperatorDetails;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The operator's identity. */
record OperatorForm(
        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String name,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String legalName,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.SIREN)
        String siren,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 300, message = "{organisation.field.max300}")
        String street,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.POSTAL_CODE)
        String postalCode,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 120, message = "{organisation.field.max120}")
        String city) {

    static OperatorForm of(OperatorDetails d) {
        return d == null
                ? new OperatorForm("", "", "", "", "", "")
                : new OperatorForm(
                        d.name(),
                        d.legalName(),
                        d.siren().value(),
                        d.address().street(),
                        d.address().postalCode().value(),
                        d.address().city());
    }

    OperatorDetails toDetails(BindingResult result) {
        if (result.hasErrors()) {
            return null;
        }
        try {
            return new OperatorDetails(name, legalName, new Siren(siren), Forms.address(street, postalCode, city));
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return null;
        }
    }
}
