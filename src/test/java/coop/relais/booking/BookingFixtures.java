package coop.relais.booking;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Resources, members and bookings written straight to the database, at any time (past ones too). */
record BookingFixtures(JdbcClient jdbc, ResourceRepository resources) {

    record Member(UUID id, String email) {}

    Member staff(UUID site) {
        Member staff = member(site);
        jdbc.sql("UPDATE role_grant SET role = 'CONCIERGE' WHERE account_id = ?")
                .param(staff.id())
                .update();
        return staff;
    }

    Member member(UUID site) {
        UUID id = UUID.randomUUID();
        String email = "usage-" + id + "@booking.test";
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, 'fr', 'x', TRUE, TRUE, ?)""")
                .params(id, email, "Membre " + id.toString().substring(0, 6), Instants.param(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO role_grant (id, account_id, role, site_id, granted_at) VALUES (?, ?, 'MEMBER', ?, ?)")
                .params(UUID.randomUUID(), id, site, Instants.param(Instant.now()))
                .update();
        return new Member(id, email);
    }

    /** A room open 7 h to 22 h, 15 min to 4 h, a year ahead, with the given policy. */
    UUID room(UUID site, ResourceView.Policy policy) {
        UUID id = UUID.randomUUID();
        resources.insert(
                new ResourceView(
                        id,
                        site,
                        "Salle " + id,
                        ResourceKind.ROOM,
                        null,
                        null,
                        15,
                        240,
                        0,
                        366,
                        LocalTime.of(7, 0),
                        LocalTime.of(22, 0),
                        null,
                        false,
                        Zones.DEFAULT,
                        null,
                        null,
                        policy),
                new BigDecimal("20"),
                Instant.now());
        return id;
    }

    UUID room(UUID site, Integer grace) {
        return insert(site, "Salle " + UUID.randomUUID(), ResourceKind.ROOM, grace, null, null);
    }

    UUID equipment(UUID site) {
        return insert(site, "Matériel " + UUID.randomUUID(), ResourceKind.EQUIPMENT, null, null, null);
    }

    UUID car(UUID site, ResourceView.Energy energy, int km) {
        return insert(
                site,
                "Voiture " + UUID.randomUUID(),
                ResourceKind.VEHICLE,
                null,
                new ResourceView.Vehicle(
                        "AB-" + (100 + (int) (Math.random() * 899)) + "-CD", energy, km, Money.euros("0.20")),
                Money.euros("4.00"));
    }

    private UUID insert(
            UUID site, String name, ResourceKind kind, Integer grace, ResourceView.Vehicle vehicle, Money price) {
        UUID id = UUID.randomUUID();
        resources.insert(
                new ResourceView(
                        id,
                        site,
                        name,
                        kind,
                        null,
                        null,
                        15,
                        24 * 60,
                        0,
                        60,
                        LocalTime.of(0, 0),
                        LocalTime.of(23, 45),
                        price,
                        false,
                        Zones.DEFAULT,
                        grace,
                        vehicle),
                new BigDecimal("20"),
                Instant.now());
        return id;
    }

    UUID booking(UUID resource, UUID site, UUID member, Instant start, Instant end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO booking (id, resource_id, site_id, member_id, booked_by, starts_at, ends_at, status, created_at,
                               hold_from, hold_until)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?)""")
                .params(
                        id,
                        resource,
                        site,
                        member,
                        member,
                        Instants.param(start),
                        Instants.param(end),
                        Instants.param(Instant.now()),
                        Instants.param(start),
                        Instants.param(end))
                .update();
        return id;
    }

    String status(UUID booking) {
        return jdbc.sql("SELECT status FROM booking WHERE id = ?")
                .param(booking)
                .query(String.class)
                .single();
    }

    void licence(UUID member) {
        jdbc.sql("INSERT INTO driving_licence (account_id, number, expires_on, recorded_at) VALUES (?, ?, ?, ?)")
                .params(member, "123456789012", java.time.LocalDate.now().plusYears(3), Instants.param(Instant.now()))
                .update();
    }

    long notices(UUID account, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ? AND message_key = ?")
                .params(account, key)
                .query(Long.class)
                .single();
    }
}
