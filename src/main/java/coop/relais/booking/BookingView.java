package coop.relais.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A booking of a resource, [start, end): the end is free for the next one; shown in its site's zone. */
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
        Instant createdAt,
        ZoneId timeZone) {}
