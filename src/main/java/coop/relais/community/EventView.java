package coop.relais.community;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An event of a site.
 *
 * @param zone the site's time zone, in which its times are shown
 * @param registered seats taken, never above the capacity
 * @param waitlisted people waiting for a seat
 * @param attended people marked present at the door
 */
public record EventView(
        UUID id,
        UUID siteId,
        String title,
        String description,
        String place,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int capacity,
        int registered,
        int waitlisted,
        int attended,
        EventStatus status,
        UUID proposedBy,
        String proposerName) {

    public boolean full() {
        return registered >= capacity;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }
}
