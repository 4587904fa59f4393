package coop.relais.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The days column reads back what was written, Monday first. */
class DaysOfWeekColumnTests {

    @Test
    void writesIsoNumbersInOrderAndReadsThemBack() {
        var days = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(DaysOfWeekColumn.write(days)).isEqualTo("1,3,6");
        assertThat(DaysOfWeekColumn.read("1, 3,6")).isEqualTo(days);
        assertThat(DaysOfWeekColumn.read("")).isEmpty();
        assertThat(DaysOfWeekColumn.read(null)).isEmpty();
    }
}
