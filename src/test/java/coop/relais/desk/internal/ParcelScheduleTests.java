package coop.relais.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.desk.ParcelSettings;
import coop.relais.desk.ParcelSize;
import coop.relais.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reminders after N days on the shelf and the return flag after M days, read with a moving clock. */
class ParcelScheduleTests {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:30:00Z");
    private final UUID site = UUID.randomUUID();
    private Clock clock = Clock.fixed(ARRIVAL, ZoneOffset.UTC);

    private Parcel parcel() {
        Parcel parcel = Parcel.receive(
                site,
                UUID.randomUUID(),
                "Lucien Garreau",
                "Colissimo",
                null,
                ParcelSize.SMALL,
                "G",
                "123456",
                clock.instant(),
                LocalDate.of(2026, 3, 2),
                UUID.randomUUID());
        parcel.markNotified(clock.instant());
        return parcel;
    }

    private void moveClock(Duration by) {
        clock = Clock.offset(clock, by);
    }

    @Test
    void byDefaultAReminderAfterThreeDaysAndAReturnAfterTen() {
        ParcelSettings defaults = ParcelSettings.defaults(site);
        Parcel parcel = parcel();

        moveClock(Duration.ofDays(3).minusMinutes(1));
        assertThat(parcel.reminderDue(clock.instant(), defaults)).isFalse();

        moveClock(Duration.ofMinutes(1));
        assertThat(parcel.reminderDue(clock.instant(), defaults)).isTrue();
        parcel.markReminded(clock.instant());
        assertThat(parcel.reminderDue(clock.instant(), defaults))
                .as("only one reminder")
                .isFalse();

        moveClock(Duration.ofDays(7).minusSeconds(1));
        assertThat(parcel.returnDue(clock.instant(), defaults)).isFalse();
        moveClock(Duration.ofSeconds(1));
        assertThat(parcel.returnDue(clock.instant(), defaults)).isTrue();

        parcel.flagForReturn(clock.instant());
        assertThat(parcel.returnFlaggedAt()).isEqualTo(ARRIVAL.plus(Duration.ofDays(10)));
        assertThat(parcel.returnDue(clock.instant(), defaults))
                .as("flagged once")
                .isFalse();
    }

    @Test
    void aParcelPastItsReturnDateIsFlaggedNotReminded() {
        ParcelSettings defaults = ParcelSettings.defaults(site);
        Parcel parcel = parcel();
        moveClock(Duration.ofDays(12));

        assertThat(parcel.reminderDue(clock.instant(), defaults)).isFalse();
        assertThat(parcel.returnDue(clock.instant(), defaults)).isTrue();
    }

    @Test
    void eachSiteChoosesItsOwnDelays() {
        ParcelSettings quick = new ParcelSettings(site, 1, 2);
        Parcel parcel = parcel();

        moveClock(Duration.ofDays(1));
        assertThat(parcel.reminderDue(clock.instant(), quick)).isTrue();
        moveClock(Duration.ofDays(1));
        assertThat(parcel.returnDue(clock.instant(), quick)).isTrue();
    }

    @Test
    void aParcelThatLeftTheShelfIsNeverRemindedNorFlagged() {
        ParcelSettings defaults = ParcelSettings.defaults(site);
        Parcel parcel = parcel();
        parcel.collectWithCode("123456", null, clock.instant(), UUID.randomUUID(), ParcelTests.THREE_TRIES);

        moveClock(Duration.ofDays(30));
        assertThat(parcel.reminderDue(clock.instant(), defaults)).isFalse();
        assertThat(parcel.returnDue(clock.instant(), defaults)).isFalse();
    }

    @Test
    void settingsMustMakeSense() {
        assertThatThrownBy(() -> new ParcelSettings(site, 0, 10))
                .isInstanceOf(DomainException.class)
                .hasMessage("desk.settings.invalid");
        assertThatThrownBy(() -> new ParcelSettings(site, 5, 5)).hasMessage("desk.settings.invalid");
        assertThatThrownBy(() -> new ParcelSettings(site, 3, 91)).hasMessage("desk.settings.invalid");
        assertThat(new ParcelSettings(site, 2, 90).returnAfterDays()).isEqualTo(90);
    }
}
