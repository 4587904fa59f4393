package coop.relais.orders.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The calendar month, in the site's time zone, over which the employer's monthly cap is counted:
 * [first day 00:00, first day of next month 00:00).
 */
public record CapMonth(Instant from, Instant to) {

    public static CapMonth of(Instant at, ZoneId zone) {
        YearMonth month = YearMonth.from(at.atZone(zone));
        return new CapMonth(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
