package coop.relais.orders.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The order form. {@code requestId} is drawn when the form is shown and sent back as the idempotency
 * key, so a double click or a resent form makes one order.
 */
record OrderForm(
        @NotNull(message = "{orders.form.offer.required}") UUID offerId,

        @NotNull(message = "{orders.form.quantity.required}")
        @Min(value = 1, message = "{orders.form.quantity.range}")
        @Max(value = 999, message = "{orders.form.quantity.range}")
        Integer quantity,

        @Size(max = 1000, message = "{orders.form.note.size}")
        String note,

        UUID memberId,
        UUID requestId) {}
