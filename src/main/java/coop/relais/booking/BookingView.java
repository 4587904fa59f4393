package coop.relais.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A booking of a resource, [start, end): the end is free for the next one; shown in its site's zone.
 *
 * @param checkedInAt when a room was checked in, or null
 * @param trip a vehicle's or an equipment's pickup and return, or null before pickup
 */
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
        ZoneId timeZone,
        ResourceKind kind,
        Instant checkedInAt,
        Trip trip) {

    /**
     * What was read when the vehicle was picked up and returned (km and % are null for equipment, the
     * return fields null until it is back).
     */
    public record Trip(
            Instant pickedUpAt,
            Integer pickupKm,
            Integer pickupEnergy,
            Instant returnedAt,
            Integer returnKm,
            Integer returnEnergy) {

        public boolean returned() {
            return returnedAt != null;
        }
    }

    /** It holds its slot. */
    public boolean confirmed() {
        return status == BookingStatus.CONFIRMED;
    }
}
