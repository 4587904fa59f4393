package coop.relais.desk.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.DeskFixtures;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelView;
import coop.relais.desk.RegisterParcel;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder job with a clock we move: a reminder after three days, the return flag after ten, each
 * once, whatever how often the job runs; and only one instance runs it at a time (ShedLock).
 */
@SpringBootTest(properties = "relais.desk.parcel-reminders.cron=-")
class ParcelRemindersTests {

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now =
                new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MILLIS));

        void move(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        void reset() {
            now.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    ParcelManagement parcels;

    @Autowired
    ParcelReminders reminders;

    @Autowired
    ParcelReminderJob job;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    DeskFixtures fixtures;
    CurrentUser concierge;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new DeskFixtures(users, jdbc);
        concierge = fixtures.user("concierge@relais.test");
        jdbc.sql("DELETE FROM shedlock WHERE name = 'desk-parcel-reminders'").update();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        jdbc.sql("DELETE FROM shedlock WHERE name = 'desk-parcel-reminders'").update();
    }

    private ParcelView parcel() {
        return parcels.register(
                concierge,
                new RegisterParcel(
                        SITE_BASTIDE,
                        ACCOUNT_HABITANT,
                        "Colissimo",
                        DeskFixtures.tracking(),
                        ParcelSize.SMALL,
                        "G",
                        false));
    }

    @Test
    void aReminderAfterThreeDaysThenTheReturnFlagAfterTenEachOnce() {
        ParcelView parcel = parcel();
        String reminder = "parcel:" + parcel.id() + ":reminder";

        clock.move(Duration.ofDays(3).minusMinutes(5));
        reminders.runOnce();
        assertThat(fixtures.mailCount(reminder)).as("not yet").isZero();

        clock.move(Duration.ofMinutes(5));
        reminders.runOnce();
        assertThat(fixtures.mailCount(reminder)).isEqualTo(1);
        var mail = fixtures.mail(reminder).orElseThrow();
        assertThat((String) mail.get("subject")).startsWith("Rappel");
        assertThat((String) mail.get("text_body")).contains(fixtures.pickupCode(parcel.id()), "10 jours");
        ParcelView reminded = parcels.get(concierge, parcel.id());
        assertThat(reminded.remindedAt()).isEqualTo(clock.instant());

        clock.move(Duration.ofHours(1));
        reminders.runOnce();
        reminders.runOnce();
        assertThat(fixtures.mailCount(reminder)).as("never twice").isEqualTo(1);
        assertThat(parcels.get(concierge, parcel.id()).remindedAt()).isEqualTo(reminded.remindedAt());

        clock.move(Duration.ofDays(7));
        reminders.runOnce();
        ParcelView flagged = parcels.get(concierge, parcel.id());
        assertThat(flagged.returnDue()).isTrue();
        assertThat(parcels.shelf(concierge, SITE_BASTIDE))
                .filteredOn(p -> p.id().equals(parcel.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.returnDue()).isTrue());

        clock.move(Duration.ofDays(1));
        reminders.runOnce();
        assertThat(parcels.get(concierge, parcel.id()).returnFlaggedAt()).isEqualTo(flagged.returnFlaggedAt());
    }

    @Test
    void aCollectedParcelIsNeitherRemindedNorFlagged() {
        ParcelView parcel = parcel();
        parcels.collectWithCode(concierge, parcel.id(), fixtures.pickupCode(parcel.id()), null);

        clock.move(Duration.ofDays(20));
        reminders.runOnce();

        assertThat(fixtures.mailCount("parcel:" + parcel.id() + ":reminder")).isZero();
        assertThat(parcels.get(concierge, parcel.id()).returnFlaggedAt()).isNull();
    }

    @Test
    void theScheduledJobSkipsARunWhileAnotherInstanceHoldsTheLock() {
        ParcelView parcel = parcel();
        clock.move(Duration.ofDays(4));
        Instant realNow = Instant.now();
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)")
                .params(
                        "desk-parcel-reminders",
                        Instants.param(realNow.plus(Duration.ofMinutes(5))),
                        Instants.param(realNow),
                        "another-instance")
                .update();

        job.run();
        assertThat(parcels.get(concierge, parcel.id()).remindedAt())
                .as("the other instance is running it")
                .isNull();

        jdbc.sql("UPDATE shedlock SET lock_until = ? WHERE name = 'desk-parcel-reminders'")
                .param(Instants.param(realNow.minusSeconds(1)))
                .update();
        job.run();
        assertThat(parcels.get(concierge, parcel.id()).remindedAt()).isNotNull();
    }
}
