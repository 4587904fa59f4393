package coop.relais.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** A new contract of a client organisation with a site. */
record ContractForm(
        @NotBlank(message = "{organisation.contract.unknownSite}")
        String siteId,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 100, message = "{organisation.field.max100}")
        String plan,

        @NotBlank(message = "{organisation.contract.startRequired}")
        String startsOn,

        String endsOn) {

    static ContractForm blank() {
        return new ContractForm("", "", "", "");
    }

    /** The chosen site; a forged value that is no id becomes a site that does not exist (refused). */
    UUID site() {
        UUID id = Forms.uuid(siteId);
        return id == null ? new UUID(0, 0) : id;
    }

    LocalDate start(BindingResult result) {
        return Forms.field(result, "startsOn", () -> Forms.date(startsOn));
    }

    LocalDate end(BindingResult result) {
        return Forms.field(result, "endsOn", () -> Forms.date(endsOn));
    }
}
