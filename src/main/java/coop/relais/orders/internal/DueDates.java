package coop.relais.orders.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an order is due: the job starts on the first day the site is open and the service taken in
 * (the day of the order included), then takes {@code leadTimeDays} more days on which the site is
 * open. Closed days and weekends are skipped; a site without any opening hours counts Monday to Friday.
 */
public final class DueDates {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private DueDates() {}

    public static LocalDate due(
            LocalDate orderedOn, int leadTimeDays, Set<DayOfWeek> openDays, Set<DayOfWeek> daysOffered) {
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("leadTimeDays");
        }
        Set<DayOfWeek> open = openDays.isEmpty() ? WEEKDAYS : openDays;
        Set<DayOfWeek> intake = EnumSet.copyOf(open);
        if (!daysOffered.isEmpty()) {
            intake.retainAll(daysOffered);
            if (intake.isEmpty()) {
                intake = EnumSet.copyOf(open);
            }
        }
        LocalDate day = orderedOn;
        while (!intake.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        for (int left = leadTimeDays; left > 0; ) {
            day = day.plusDays(1);
            if (open.contains(day.getDayOfWeek())) {
                left--;
            }
        }
        return day;
    }
}
