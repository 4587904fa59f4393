package coop.relais.booking.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_GERANTE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.PROVIDER_GARAGE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;

import coop.relais.booking.DamageView;
import coop.relais.booking.Repairs;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.orders.ActionInput;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderManagement;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two meeting rooms and a training room at Écotone (checked in, released after 15 minutes); two shared
 * cars (one electric), a cargo bike and a drill at Bastide. habitant@ has a valid driving licence, the
 * cargo bike booked for tomorrow, and three weeks of past bookings: trips with their km, a damage
 * found on the petrol car (repaired since), and another found two days ago, which keeps it out of service:
 * its repair is ordered from the garage. The site manager's past room bookings include no-shows.
 */
@Component
class BookingDemoData implements DemoDataContributor {

    private final ResourceRepository resources;
    private final Repairs repairs;
    private final OrderManagement orders;
    private final JdbcClient jdbc;
    private final Clock clock;

    BookingDemoData(
            ResourceRepository resources, Repairs repairs, OrderManagement orders, JdbcClient jdbc, Clock clock) {
        this.resources = resources;
        this.repairs = repairs;
        this.orders = orders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        UUID garonne = room(
                SITE_ECOTONE, "Salle Garonne", "Salle de réunion avec écran et visioconférence.", 12, 240, "15.00");
        UUID lac = room(SITE_ECOTONE, "Salle Lac", "Petite salle pour les rendez-vous et les appels.", 6, 240, null);
        room(
                SITE_ECOTONE,
                "Salle de formation",
                "Vingt places, vidéoprojecteur et tableau blanc. Réservation validée par la conciergerie.",
                20,
                480,
                "30.00",
                new ResourceView.Policy(15, 30, true, 24 * 60, 24 * 60, null, java.util.Set.of()));
        UUID petrol = car("Citadine", "GA-512-RL", ResourceView.Energy.FUEL, 48_210, "4.00", "0.25");
        UUID electric = car("Zoé électrique", "FR-208-EV", ResourceView.Energy.ELECTRIC, 21_340, "3.00", "0.15");
        UUID bike = lend(SITE_BASTIDE, "Vélo cargo", "Un biporteur électrique pour les courses et les déménagements.");
        lend(SITE_BASTIDE, "Perceuse-visseuse", "Avec son jeu de forets et de mèches, rendue le soir même.");
        jdbc.sql("INSERT INTO driving_licence (account_id, number, expires_on, recorded_at) VALUES (?, ?, ?, ?)")
                .params(ACCOUNT_HABITANT, "130475200321", today().plusYears(9), Instants.param(clock.instant()))
                .update();

        LocalDate today = today();
        booked(bike, SITE_BASTIDE, ACCOUNT_HABITANT, today.plusDays(1), 9, 12, "CONFIRMED");
        booked(bike, SITE_BASTIDE, ACCOUNT_HABITANT, today.minusDays(6), 14, 17, "CONFIRMED")
                .picked(null, null)
                .returned(null, null);
        booked(electric, SITE_BASTIDE, ACCOUNT_HABITANT, today.minusDays(18), 9, 13, "CONFIRMED")
                .picked(21_180, 90)
                .returned(21_236, 64);
        Past damaged = booked(petrol, SITE_BASTIDE, ACCOUNT_HABITANT, today.minusDays(12), 10, 12, "CONFIRMED")
                .picked(48_130, 70)
                .returned(48_171, 62);
        damage(petrol, damaged.id(), today.minusDays(12), today.minusDays(9));
        booked(electric, SITE_BASTIDE, ACCOUNT_HABITANT, today.minusDays(4), 8, 12, "CONFIRMED")
                .picked(21_290, 80)
                .returned(21_340, 45);
        Past braking = booked(petrol, SITE_BASTIDE, ACCOUNT_HABITANT, today.minusDays(2), 14, 17, "CONFIRMED")
                .picked(48_171, 62)
                .returned(48_210, 55);
        UUID damage = damage(petrol, braking.id(), today.minusDays(2), null);
        resources.block(petrol, true);
        repairOrdered(damage);
        for (int week = 1; week <= 3; week++) {
            booked(garonne, SITE_ECOTONE, ACCOUNT_GERANTE, today.minusWeeks(week), 9, 10, "CONFIRMED")
                    .checkedIn();
            booked(lac, SITE_ECOTONE, ACCOUNT_GERANTE, today.minusWeeks(week).plusDays(1), 14, 15, "NO_SHOW");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.DEFAULT));
    }

    private UUID room(UUID site, String name, String description, int capacity, int maxMinutes, String price) {
        return room(site, name, description, capacity, maxMinutes, price, ResourceView.Policy.OPEN);
    }

    private UUID room(
            UUID site,
            String name,
            String description,
            int capacity,
            int maxMinutes,
            String price,
            ResourceView.Policy policy) {
        ResourceView room = resource(
                site,
                name,
                ResourceKind.ROOM,
                description,
                capacity,
                maxMinutes,
                LocalTime.of(20, 0),
                price,
                15,
                null,
                policy);
        resources.insert(room, new BigDecimal("20"), clock.instant());
        return room.id();
    }

    private UUID car(String name, String plate, ResourceView.Energy energy, int km, String perHour, String perKm) {
        ResourceView car = resource(
                SITE_BASTIDE,
                name,
                ResourceKind.VEHICLE,
                "Voiture partagée, " + plate + ". Clés à la conciergerie.",
                5,
                720,
                LocalTime.of(22, 0),
                perHour,
                null,
                new ResourceView.Vehicle(plate, energy, km, Money.euros(perKm)),
                // A car is shared: at most 10 h per person and per week, cleaned 15 minutes between drivers.
                new ResourceView.Policy(
                        0,
                        15,
                        false,
                        60,
                        60,
                        new ResourceView.Quota(
                                ResourceView.QuotaPeriod.WEEK, ResourceView.QuotaScope.MEMBER, 600, null, false),
                        java.util.Set.of()));
        resources.insert(car, new BigDecimal("20"), clock.instant());
        return car.id();
    }

    private UUID lend(UUID site, String name, String description) {
        ResourceView resource = resource(
                site,
                name,
                ResourceKind.EQUIPMENT,
                description,
                null,
                600,
                LocalTime.of(19, 0),
                null,
                null,
                null,
                ResourceView.Policy.OPEN);
        resources.insert(resource, new BigDecimal("20"), clock.instant());
        return resource.id();
    }

    private static ResourceView resource(
            UUID site,
            String name,
            ResourceKind kind,
            String description,
            Integer capacity,
            int maxMinutes,
            LocalTime closesAt,
            String price,
            Integer grace,
            ResourceView.Vehicle vehicle,
            ResourceView.Policy policy) {
        return new ResourceView(
                UUID.nameUUIDFromBytes(("resource-" + name).getBytes(StandardCharsets.UTF_8)),
                site,
                name,
                kind,
                description,
                capacity,
                30,
                maxMinutes,
                0,
                60,
                LocalTime.of(kind == ResourceKind.VEHICLE ? 7 : 8, 0),
                closesAt,
                price == null ? null : Money.euros(price),
                false,
                Zones.DEFAULT,
                grace,
                vehicle,
                policy);
    }

    /** A booking in the demo, past or to come, and what happened to it. */
    private record Past(JdbcClient jdbc, UUID id, Instant start, Instant end) {

        Past picked(Integer km, Integer energy) {
            jdbc.sql("UPDATE booking SET picked_up_at = ?, pickup_km = ?, pickup_energy = ? WHERE id = ?")
                    .params(Instants.param(start.minusSeconds(300)), km, energy, id)
                    .update();
            return this;
        }

        Past returned(Integer km, Integer energy) {
            jdbc.sql("UPDATE booking SET returned_at = ?, return_km = ?, return_energy = ? WHERE id = ?")
                    .params(Instants.param(end.minusSeconds(600)), km, energy, id)
                    .update();
            return this;
        }

        void checkedIn() {
            jdbc.sql("UPDATE booking SET checked_in_at = ? WHERE id = ?")
                    .params(Instants.param(start.plusSeconds(120)), id)
                    .update();
        }
    }

    /** Past bookings are already completed (charged when they ended); no-shows released. */
    private Past booked(UUID resource, UUID site, UUID member, LocalDate day, int from, int to, String status) {
        UUID id = UUID.randomUUID();
        Instant start = day.atTime(from, 0).atZone(Zones.DEFAULT).toInstant();
        Instant end = day.atTime(to, 0).atZone(Zones.DEFAULT).toInstant();
        boolean past = end.isBefore(clock.instant());
        jdbc.sql("""
                        INSERT INTO booking (id, resource_id, site_id, member_id, booked_by, starts_at, ends_at, status,
                               created_at, completed_at, released_at, hold_from, hold_until)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        resource,
                        site,
                        member,
                        member,
                        Instants.param(start),
                        Instants.param(end),
                        status,
                        Instants.param(start.minusSeconds(3 * 86_400)),
                        past && status.equals("CONFIRMED") ? Instants.param(end) : null,
                        status.equals("NO_SHOW") ? Instants.param(start.plusSeconds(15 * 60)) : null,
                        Instants.param(start),
                        Instants.param(end))
                .update();
        return new Past(jdbc, id, start, end);
    }

    /**
     * The desk ordered the repair from the garage, on the offer the syndic pays, and sent it there: the car
     * stays out of service until it comes back.
     */
    private void repairOrdered(UUID damage) {
        CurrentUser gerante = new CurrentUser(
                ACCOUNT_GERANTE,
                "gerante@relais.test",
                "Géraldine Lafitte",
                "fr",
                List.of(RoleGrant.atSite(Role.SITE_MANAGER, SITE_BASTIDE)));
        UUID offer = UUID.nameUUIDFromBytes("offer-bastide-vehicle-repair".getBytes(StandardCharsets.UTF_8));
        DamageView ordered = repairs.order(gerante, damage, offer, "Clés à la conciergerie.");
        // Ordered by the desk, it is accepted at once: it only has to be sent to the garage.
        orders.act(
                gerante,
                ordered.repairOrderId(),
                OrderAction.DISPATCH,
                new ActionInput(PROVIDER_GARAGE, null, null, null, false, null));
    }

    private UUID damage(UUID resource, UUID booking, LocalDate found, LocalDate repaired) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO booking_damage (id, resource_id, booking_id, reported_by, reported_at, description,
                               repaired_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        resource,
                        booking,
                        ACCOUNT_HABITANT,
                        Instants.param(
                                found.atTime(11, 55).atZone(Zones.DEFAULT).toInstant()),
                        repaired == null
                                ? "Bruit métallique au freinage, voyant de frein allumé au retour."
                                : "Rétroviseur droit fêlé, constaté au retour.",
                        repaired == null
                                ? null
                                : Instants.param(repaired.atTime(16, 0)
                                        .atZone(Zones.DEFAULT)
                                        .toInstant()))
                .update();
        return id;
    }
}
