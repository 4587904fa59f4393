package coop.relais.booking;

import coop.relais.shared.Money;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A shared resource of a site and its rules, as pages and the API show it.
 *
 * @param minMinutes the shortest booking
 * @param maxMinutes the longest booking, back-to-back bookings of one person counted together
 * @param noticeMinutes how long before it starts a booking must be made
 * @param horizonDays how many days ahead one may book
 * @param opensAt the first bookable time of a day, in the site's time zone
 * @param closesAt when the last booking of a day must end
 * @param pricePerHour VAT included; null when free
 * @param blocked taken out of service: refuses every booking
 * @param checkInGraceMinutes for a room, how long after its start a booking may still be checked in
 *     before it is released as a no-show; null when no check-in is asked
 * @param vehicle what a vehicle has more; null for rooms and equipment
 */
public record ResourceView(
        UUID id,
        UUID siteId,
        String name,
        ResourceKind kind,
        String description,
        Integer capacity,
        int minMinutes,
        int maxMinutes,
        int noticeMinutes,
        int horizonDays,
        LocalTime opensAt,
        LocalTime closesAt,
        Money pricePerHour,
        boolean blocked,
        ZoneId timeZone,
        Integer checkInGraceMinutes,
        Vehicle vehicle) {

    /**
     * @param odometerKm as read at the last return
     * @param pricePerKm VAT included, on top of the price per hour; null when km are not charged
     */
    public record Vehicle(String plate, Energy energy, int odometerKm, Money pricePerKm) {}

    public enum Energy {
        FUEL,
        ELECTRIC
    }

    public boolean asksCheckIn() {
        return kind == ResourceKind.ROOM && checkInGraceMinutes != null;
    }
}
