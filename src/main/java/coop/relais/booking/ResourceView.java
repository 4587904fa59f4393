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
        ZoneId timeZone) {}
