package coop.relais.organisation;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.LocalTime.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyOpeningHoursTests {

    @Test
    void keepsUpToTwoSlotsADayInOrder() {
        var hours = new WeeklyOpeningHours(List.of(
                slot(SATURDAY, "09:00", "12:30"), slot(MONDAY, "14:00", "19:00"), slot(MONDAY, "08:30", "12:30")));
        assertThat(hours.slots())
                .extracting(OpeningHours::day, OpeningHours::opensAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY, parse("08:30")),
                        org.assertj.core.groups.Tuple.tuple(MONDAY, parse("14:00")),
                        org.assertj.core.groups.Tuple.tuple(SATURDAY, parse("09:00")));
        assertThat(hours.on(MONDAY)).hasSize(2);
        assertThat(hours.on(java.time.DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void aSlotOpensBeforeItCloses() {
        assertThatThrownBy(() -> slot(MONDAY, "18:00", "09:00"))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.hours.order");
        assertThatThrownBy(() -> slot(MONDAY, "09:00", "09:00")).hasMessage("organisation.hours.order");
    }

    @Test
    void refusesOverlappingSlotsOnADay() {
        assertThatThrownBy(() ->
                        new WeeklyOpeningHours(List.of(slot(MONDAY, "08:00", "13:00"), slot(MONDAY, "12:00", "18:00"))))
                .isInstanceOf(DomainException.class)
                .hasMessage("organisation.hours.overlap");
    }

    @Test
    void slotsThatOnlyTouchOrAreOnOtherDaysAreFine() {
        var hours = new WeeklyOpeningHours(List.of(
                slot(MONDAY, "08:00", "12:00"), slot(MONDAY, "12:00", "18:00"), slot(SATURDAY, "08:00", "13:00")));
        assertThat(hours.slots()).hasSize(3);
    }

    @Test
    void refusesAThirdSlotOnADay() {
        assertThatThrownBy(() -> new WeeklyOpeningHours(List.of(
                        slot(MONDAY, "08:00", "09:00"),
                        slot(MONDAY, "10:00", "11:00"),
                        slot(MONDAY, "12:00", "13:00"))))
                .hasMessage("organisation.hours.tooMany");
    }

    @Test
    void aSlotNeedsItsDayAndTimes() {
        assertThatThrownBy(() -> new OpeningHours(MONDAY, null, parse("10:00")))
                .hasMessage("organisation.hours.incomplete");
    }

    @Test
    void aSiteMayBeClosedAllWeek() {
        assertThat(new WeeklyOpeningHours(null).isClosedAllWeek()).isTrue();
    }

    private static OpeningHours slot(java.time.DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, parse(opens), parse(closes));
    }
}
