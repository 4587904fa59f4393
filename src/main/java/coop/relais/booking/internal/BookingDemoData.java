package coop.relais.booking.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;

import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two meeting rooms and a training room at Écotone; a cargo bike and a drill to lend at Bastide;
 * habitant@ has the cargo bike booked for tomorrow morning and had it last week.
 */
@Component
class BookingDemoData implements DemoDataContributor {

    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final Clock clock;

    BookingDemoData(ResourceRepository resources, BookingRepository bookings, Clock clock) {
        this.resources = resources;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        room(SITE_ECOTONE, "Salle Garonne", "Salle de réunion avec écran et visioconférence.", 12, 240, "15.00");
        room(SITE_ECOTONE, "Salle Lac", "Petite salle pour les rendez-vous et les appels.", 6, 240, null);
        room(SITE_ECOTONE, "Salle de formation", "Vingt places, vidéoprojecteur et tableau blanc.", 20, 480, "30.00");
        UUID bike = lend(SITE_BASTIDE, "Vélo cargo", "Un biporteur électrique pour les courses et les déménagements.");
        lend(SITE_BASTIDE, "Perceuse-visseuse", "Avec son jeu de forets et de mèches, rendue le soir même.");
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        booking(bike, today.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0));
        booking(bike, today.minusDays(6), LocalTime.of(14, 0), LocalTime.of(17, 0));
    }

    private void room(UUID site, String name, String description, int capacity, int maxMinutes, String price) {
        resources.insert(
                resource(site, name, ResourceKind.ROOM, description, capacity, maxMinutes, LocalTime.of(20, 0), price),
                new BigDecimal("20"),
                clock.instant());
    }

    private UUID lend(UUID site, String name, String description) {
        ResourceView resource =
                resource(site, name, ResourceKind.EQUIPMENT, description, null, 600, LocalTime.of(19, 0), null);
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
            String price) {
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
                LocalTime.of(8, 0),
                closesAt,
                price == null ? null : Money.euros(price),
                false,
                Zones.DEFAULT);
    }

    private void booking(UUID resource, LocalDate day, LocalTime from, LocalTime to) {
        bookings.insert(
                new BookingView(
                        UUID.randomUUID(),
                        resource,
                        null,
                        SITE_BASTIDE,
                        ACCOUNT_HABITANT,
                        null,
                        day.atTime(from).atZone(Zones.DEFAULT).toInstant(),
                        day.atTime(to).atZone(Zones.DEFAULT).toInstant(),
                        BookingStatus.CONFIRMED,
                        clock.instant(),
                        Zones.DEFAULT),
                ACCOUNT_HABITANT,
                null,
                null);
    }
}
