package coop.relais.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order was handed over (or done): its frozen lines, with amounts, VAT rate and payer split, are
 * what the payers owe. A billing module posts its charges from this event.
 *
 * @param providerId the provider who did the job, or null if the desk did it itself
 */
public record OrderDelivered(
        UUID orderId,
        String reference,
        UUID siteId,
        UUID memberId,
        UUID providerId,
        List<OrderLine> lines,
        Instant deliveredAt) {

    public OrderDelivered {
        lines = List.copyOf(lines);
    }
}
