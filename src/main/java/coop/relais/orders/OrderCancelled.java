package coop.relais.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled, or its quote refused: nobody owes anything for it.
 *
 * @param previousStatus the status it was cancelled from
 * @param reason the reason given, or null
 */
public record OrderCancelled(
        UUID orderId,
        String reference,
        UUID siteId,
        UUID memberId,
        OrderStatus previousStatus,
        String reason,
        Instant cancelledAt) {}
