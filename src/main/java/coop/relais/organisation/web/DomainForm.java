package coop.relais.organisation.web;

import coop.relais.organisation.web.ValidValue.Type;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An e-mail domain to approve for a client organisation. */
record DomainForm(
        @NotBlank(message = "{organisation.field.required}")
        @Size(max = 200, message = "{organisation.field.max200}")
        @ValidValue(Type.EMAIL_DOMAIN)
        String domain) {

    static DomainForm blank() {
        return new DomainForm("");
    }
}
