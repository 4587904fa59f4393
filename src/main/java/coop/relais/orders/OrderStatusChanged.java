package coop.relais.orders;

import java.time.Instant;
import java.util.UUID;

/** Any transition of an order (the timeline, as an event), for modules that follow activity. */
public record OrderStatusChanged(
        UUID orderId,
        String reference,
        UUID siteId,
        UUID memberId,
        UUID providerId,
        OrderAction action,
        OrderStatus from,
        OrderStatus to,
        UUID actorId,
        Instant at) {}
