package coop.relais.orders.internal;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueDatesTests {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
    private static final Set<DayOfWeek> WITH_SATURDAY = EnumSet.range(MONDAY, SATURDAY);
    private static final Set<DayOfWeek> ANY = EnumSet.noneOf(DayOfWeek.class);

    // 2026-03-09 is a Monday.
    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    @Test
    void leadTimeCountsOpenDays() {
        assertThat(DueDates.due(day(9), 2, WEEKDAYS, ANY)).isEqualTo(day(11));
        assertThat(DueDates.due(day(9), 0, WEEKDAYS, ANY)).isEqualTo(day(9));
    }

    @Test
    void weekendsAreSkipped() {
        // Thursday + 2 open days = Monday.
        assertThat(DueDates.due(day(12), 2, WEEKDAYS, ANY)).isEqualTo(day(16));
        // Ordered on Saturday: the job starts on Monday, two days later is Wednesday.
        assertThat(DueDates.due(day(14), 2, WEEKDAYS, ANY)).isEqualTo(day(18));
    }

    @Test
    void aSiteOpenOnSaturdayCountsIt() {
        assertThat(DueDates.due(day(12), 2, WITH_SATURDAY, ANY)).isEqualTo(day(14));
    }

    @Test
    void closedDaysOfTheSiteAreSkipped() {
        // Closed on Wednesdays: Tuesday + 1 open day = Thursday.
        Set<DayOfWeek> closedWednesday = EnumSet.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
        assertThat(DueDates.due(day(10), 1, closedWednesday, ANY)).isEqualTo(day(12));
        // Ordered on the closed Wednesday itself: starts Thursday.
        assertThat(DueDates.due(day(11), 1, closedWednesday, ANY)).isEqualTo(day(13));
    }

    @Test
    void theJobStartsOnADayTheServiceIsTakenIn() {
        // Car wash taken in on Tuesdays and Thursdays; ordered Wednesday, taken Thursday, 2 days → Monday.
        assertThat(DueDates.due(day(11), 2, WEEKDAYS, EnumSet.of(TUESDAY, THURSDAY)))
                .isEqualTo(day(16));
    }

    @Test
    void aSiteWithoutOpeningHoursCountsMondayToFriday() {
        assertThat(DueDates.due(day(13), 1, ANY, ANY)).isEqualTo(day(16));
    }
}
