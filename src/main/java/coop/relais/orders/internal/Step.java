package coop.relais.orders.internal;

import coop.relais.orders.OrderStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded step of an order's timeline: an action (or {@code PLACE}, {@code CODE_LOCKED},
 * {@code PROOF}), from which status to which, by whom, when, with an optional note.
 */
public record Step(
        UUID id,
        int seq,
        String action,
        OrderStatus from,
        OrderStatus to,
        UUID actorId,
        String actorName,
        String actorRole,
        Instant at,
        String note) {

    public static final String PLACE = "PLACE";
    public static final String CODE_LOCKED = "CODE_LOCKED";
    public static final String PROOF = "PROOF";
}
