package coop.relais.desk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

final class RequestForms {

    private RequestForms() {}

    record RequestForm(
            String organisationId,
            String offerId,
            String quantity,

            @NotBlank(message = "{desk.validation.beneficiary}") @Size(max = 120, message = "{desk.validation.tooLong}")
            String beneficiary,

            @Size(max = 120, message = "{desk.validation.tooLong}")
            String location,

            @Size(max = 60, message = "{desk.validation.tooLong}")
            String itemNumber,

            @Size(max = 1000, message = "{desk.validation.tooLong}")
            String details) {}

    record CompleteForm(
            @NotBlank(message = "{desk.validation.note}") @Size(max = 1000, message = "{desk.validation.tooLong}")
            String note) {}
}
