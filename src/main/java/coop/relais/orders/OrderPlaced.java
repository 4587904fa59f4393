package coop.relais.orders;

import java.time.Instant;
import java.util.UUID;

/** A member (or the desk for them) placed an order. */
public record OrderPlaced(
        UUID orderId,
        String reference,
        UUID siteId,
        UUID memberId,
        UUID offerId,
        UUID placedBy,
        OrderStatus status,
        Instant placedAt) {}
