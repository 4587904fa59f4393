package coop.relais.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTests {

    @ParameterizedTest
    @ValueSource(strings = {"02/12/2026", "2/12/2026", " 02-12-2026 ", "2.12.2026", "2026-12-02"})
    void readsADateTheWayPeopleTypeIt(String typed) {
        assertThat(DateInput.date(typed)).contains(LocalDate.of(2026, 12, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8:30", "08:30", "8h30", "8 h 30", "08.30", "08:30:00"})
    void readsATimeTheWayPeopleTypeIt(String typed) {
        assertThat(DateInput.time(typed)).contains(LocalTime.of(8, 30));
    }

    @Test
    void anHourAloneIsOnTheHourAndBlankIsNothing() {
        assertThat(DateInput.time("8h")).contains(LocalTime.of(8, 0));
        assertThat(DateInput.time("14")).contains(LocalTime.of(14, 0));
        assertThat(DateInput.time("  ")).isEmpty();
        assertThat(DateInput.date(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "12/31/2026", "demain", "2026/12/02", "25:00", "8h75", "12/2026"})
    void refusesWhatIsNotADayOrATime(String typed) {
        assertThatThrownBy(() -> {
                    if (typed.contains(":") || typed.contains("h")) {
                        DateInput.time(typed);
                    } else {
                        DateInput.date(typed);
                    }
                })
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void writesThemBackTheFrenchWay() {
        assertThat(DateInput.format(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(DateInput.format(LocalTime.of(8, 5))).isEqualTo("08:05");
        assertThat(DateInput.format((LocalDate) null)).isEmpty();
    }
}
