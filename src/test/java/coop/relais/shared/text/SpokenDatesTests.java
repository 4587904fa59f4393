package coop.relais.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpokenDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final SpokenDates french = SpokenDates.of(Locale.FRENCH, TODAY);
    private final SpokenDates english = SpokenDates.of(Locale.ENGLISH, TODAY);

    @Test
    void daysAreSaidWithTheirWeekdayTheFirstAsPremierAndTheYearOnlyWhenItIsNotThisOne() {
        assertThat(french.day(LocalDate.of(2026, 12, 3))).isEqualTo("jeudi 3 décembre");
        assertThat(french.day(LocalDate.of(2026, 12, 1))).isEqualTo("mardi 1er décembre");
        assertThat(french.dayOfMonth(LocalDate.of(2027, 1, 8))).isEqualTo("8 janvier 2027");
        assertThat(english.day(LocalDate.of(2026, 12, 1))).isEqualTo("Tuesday 1 December");
    }

    @Test
    void timesAreSaidTheFrenchWayInTheZoneGiven() {
        assertThat(french.time(LocalTime.of(14, 30))).isEqualTo("14 h 30");
        assertThat(french.time(LocalTime.of(9, 0))).isEqualTo("9 h");
        assertThat(french.time(LocalTime.of(9, 5))).isEqualTo("9 h 05");
        Instant noonUtc = Instant.parse("2026-12-03T12:00:00Z");
        assertThat(french.at(noonUtc, ZoneId.of("Europe/Paris"))).isEqualTo("jeudi 3 décembre à 13 h");
        assertThat(french.at(noonUtc, ZoneId.of("Indian/Reunion"))).isEqualTo("jeudi 3 décembre à 16 h");
        assertThat(english.at(noonUtc, ZoneId.of("Europe/London"))).isEqualTo("Thursday 3 December at 12:00");
    }

    @Test
    void nothingIsSaidOfNothing() {
        assertThat(french.day((LocalDate) null)).isEmpty();
        assertThat(french.at(null, ZoneId.of("Europe/Paris"))).isEmpty();
    }
}
