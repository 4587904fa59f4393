package coop.relais.orders;

import coop.relais.catalogue.PersonalServiceActivity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order was handed over (or done): its frozen lines, with amounts, VAT rate and payer split, are
 * what the payers owe. A billing module posts its charges from this event.
 *
 * @param providerId the provider who did the job, or null if the desk did it itself
 * @param personalService the personal-service activity the service was declared as when the order was
 *     placed, or null: the member's share then counts on their tax certificate and may be paid by CESU
 */
public record OrderDelivered(
        UUID orderId,
        String reference,
        UUID siteId,
        UUID memberId,
        UUID providerId,
        List<OrderLine> lines,
        Instant deliveredAt,
        PersonalServiceActivity personalService) {

    public OrderDelivered {
        lines = List.copyOf(lines);
    }

    /** An order of a service that is not a personal service. */
    public OrderDelivered(
            UUID orderId,
            String reference,
            UUID siteId,
            UUID memberId,
            UUID providerId,
            List<OrderLine> lines,
            Instant deliveredAt) {
        this(orderId, reference, siteId, memberId, providerId, lines, deliveredAt, null);
    }
}
