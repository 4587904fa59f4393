package coop.relais.booking;

import java.time.Instant;
import java.util.UUID;

/** A booking of a resource, [start, end): the end is free for the next one. */
public record BookingView(
        UUID id,
        UUID resourceId,
        String resourceName,
        UUID siteId,
        UUID memberId,
        String memberName,
        Instant start,
        Instant end,
        BookingStatus status,
        Instant createdAt) {}
