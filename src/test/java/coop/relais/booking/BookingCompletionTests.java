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

    @Autowired
    Bookings service;

    @Test
    void aResourceTheCompaniesPayForIsChargedToTheMembersEmployerNotToTheMember() {
        UUID company = jdbc.sql("SELECT id FROM client_organisation ORDER BY id LIMIT 1")
                .query(UUID.class)
                .single();
        UUID room = UUID.randomUUID();
        resources.insert(
                new ResourceView(
                        room,
                        SITE_ECOTONE,
                        "Salle d'entreprise " + room,
                        ResourceKind.ROOM,
                        null,
                        6,
                        30,
                        240,
                        0,
                        30,
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        Money.euros("20.00"),
                        false,
                        Zones.DEFAULT,
                        null,
                        null,
                        new ResourceView.Policy(
                                0, 0, false, 0, 0, null, java.util.Set.of(), ResourceView.PaidBy.EMPLOYER)),
                new BigDecimal("20"),
                Instant.now());
        UUID member = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, 'Salariée', 'fr', 'x', TRUE, TRUE, ?)""")
                .params(member, "emp-" + member + "@booking.test", Instants.param(Instant.now()))
                .update();
        jdbc.sql("""
                        INSERT INTO role_grant (id, account_id, role, site_id, organisation_id, granted_at)
                        VALUES (?, ?, 'MEMBER', ?, ?, ?)""")
                .params(UUID.randomUUID(), member, SITE_ECOTONE, company, Instants.param(Instant.now()))
                .update();
        coop.relais.shared.security.CurrentUser user = new coop.relais.shared.security.CurrentUser(
                member,
                "emp-" + member + "@booking.test",
                "Salariée",
                "fr",
                java.util.List.of(new coop.relais.shared.security.RoleGrant(
                        coop.relais.shared.security.Role.MEMBER, SITE_ECOTONE, company)));
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(2);
        UUID booking = service.book(
                        user,
                        room,
                        day.atTime(9, 0).atZone(Zones.DEFAULT).toInstant(),
                        day.atTime(11, 0).atZone(Zones.DEFAULT).toInstant(),
                        null)
                .booking()
                .id();
        LocalDate yesterday = LocalDate.now(Zones.DEFAULT).minusDays(1);
        Instant start = yesterday.atTime(9, 0).atZone(Zones.DEFAULT).toInstant();
        Instant end = yesterday.atTime(11, 0).atZone(Zones.DEFAULT).toInstant();
        jdbc.sql("UPDATE booking SET starts_at = ?, ends_at = ?, hold_from = ?, hold_until = ? WHERE id = ?")
                .params(Instants.param(start), Instants.param(end), Instants.param(start), Instants.param(end), booking)
                .update();

        completion.completeEnded();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> charges(booking) > 0);
        assertThat(jdbc.sql("""
                                SELECT a.organisation_id FROM billing_entry e JOIN billing_account a ON a.id = e.account_id
                                WHERE e.source_type = 'BOOKING' AND e.source_id = ?""").param(booking).query(UUID.class).list()).containsExactly(company);
        assertThat(jdbc.sql("SELECT amount FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?")
                        .param(booking)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("40.00");
    }

    private long charges(UUID booking) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?")
                .param(booking)
                .query(Long.class)
                .single();
    }
}
