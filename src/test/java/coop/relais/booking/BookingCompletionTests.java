package coop.relais.booking;

import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.booking.internal.BookingCompletion;
import coop.relais.booking.internal.BookingRepository;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A booking that has ended is completed once, and its price goes once to the member's tab. */
@SpringBootTest
class BookingCompletionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    BookingRepository bookings;

    @Autowired
    BookingCompletion completion;

    @Test
    void anEndedBookingIsChargedOnceToTheMembersTab() {
        UUID room = UUID.randomUUID();
        resources.insert(
                new ResourceView(
                        room,
                        SITE_ECOTONE,
                        "Salle payante " + room,
                        ResourceKind.ROOM,
                        null,
                        6,
                        30,
                        240,
                        0,
                        30,
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        Money.euros("15.00"),
                        false,
                        Zones.DEFAULT,
                        null,
                        null),
                new BigDecimal("20"),
                Instant.now());
        UUID member = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, 'Membre', 'fr', 'x', TRUE, TRUE, ?)""")
                .params(member, "fin-" + member + "@booking.test", Instants.param(Instant.now()))
                .update();
        LocalDate yesterday = LocalDate.now(Zones.DEFAULT).minusDays(1);
        UUID booking = UUID.randomUUID();
        bookings.insert(
                new BookingView(
                        booking,
                        room,
                        null,
                        SITE_ECOTONE,
                        member,
                        null,
                        yesterday.atTime(10, 0).atZone(Zones.DEFAULT).toInstant(),
                        yesterday.atTime(11, 30).atZone(Zones.DEFAULT).toInstant(),
                        BookingStatus.CONFIRMED,
                        Instant.now(),
                        Zones.DEFAULT,
                        ResourceKind.ROOM,
                        null,
                        null),
                member,
                null,
                null);

        completion.completeEnded();
        completion.completeEnded();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> charges(booking) > 0);
        assertThat(charges(booking)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT amount FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?")
                        .param(booking)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("22.50");
        assertThat(jdbc.sql("SELECT description FROM billing_entry WHERE source_id = ?")
                        .param(booking)
                        .query(String.class)
                        .single())
                .contains("Salle payante", "1,5 h");
    }

    private long charges(UUID booking) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?")
                .param(booking)
                .query(Long.class)
                .single();
    }
}
