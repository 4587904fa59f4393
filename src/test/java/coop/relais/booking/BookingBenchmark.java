package coop.relais.booking;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestSites;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Booking's benchmark (bench/run-booking-bench.sh), not a test: it runs only with
 * {@code -Drelais.bench.booking=true}, prints its figures and checks nothing about time. It seeds 100,000
 * bookings over 200 resources of one site (a year of two bookings a day each), then times, through the
 * booking service and the database (no HTTP): a day's availability of a random resource, the creation of
 * a booking in a free slot, and runs a 50-way race for one slot.
 */
@SpringBootTest
class BookingBenchmark {

    static final int RESOURCES = 200;
    static final int PER_RESOURCE = 500;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient client;

    @Autowired
    ResourceRepository resources;

    @Autowired
    Bookings bookings;

    @Test
    void bookings() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("relais.bench.booking"), "benchmark: -Drelais.bench.booking=true");
        UUID site = TestSites.create(client, "Europe/Paris");
        BookingFixtures fixtures = new BookingFixtures(client, resources);
        BookingFixtures.Member member = fixtures.member(site);
        CurrentUser user = new CurrentUser(
                member.id(), member.email(), "Bench", "fr", List.of(RoleGrant.atSite(Role.MEMBER, site)));
        List<UUID> rooms = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            rooms.add(fixtures.room(site, (Integer) null));
        }
        long seed = System.nanoTime();
        LocalDate today = LocalDate.now(Zones.DEFAULT);
        List<Object[]> rows = new ArrayList<>();
        for (UUID room : rooms) {
            for (int k = 0; k < PER_RESOURCE; k++) {
                LocalDate day = today.minusDays(200).plusDays(k / 2);
                int hour = k % 2 == 0 ? 9 : 14;
                Instant start = day.atTime(hour, 0).atZone(Zones.DEFAULT).toInstant();
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    room,
                    site,
                    member.id(),
                    member.id(),
                    Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3600)),
                    Timestamp.from(start.minusSeconds(86_400)),
                    Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3600))
                });
            }
            if (rows.size() >= 10_000) {
                insert(rows);
            }
        }
        insert(rows);
        analyze();
        System.out.printf(
                "BENCH seeded %,d bookings over %d resources in %.1f s%n",
                RESOURCES * PER_RESOURCE, RESOURCES, (System.nanoTime() - seed) / 1e9);

        Random random = new Random(42);
        for (int i = 0; i < 100; i++) {
            availability(user, rooms, today, random);
        }
        long[] availability = new long[1000];
        for (int i = 0; i < availability.length; i++) {
            long start = System.nanoTime();
            Availability a = availability(user, rooms, today, random);
            availability[i] = System.nanoTime() - start;
            assertThat(a.free()).isNotEmpty();
        }
        print("availability of one day of one resource", availability);

        long[] creation = new long[1000];
        for (int i = 0; i < creation.length + 100; i++) {
            UUID room = rooms.get(i % RESOURCES);
            LocalDate day = today.plusDays(52 + (i / RESOURCES));
            Instant start =
                    day.atTime(LocalTime.of(10, 0)).atZone(Zones.DEFAULT).toInstant();
            long begin = System.nanoTime();
            bookings.book(user, room, start, start.plusSeconds(3600), null);
            if (i >= 100) {
                creation[i - 100] = System.nanoTime() - begin;
            }
        }
        print("creation of a booking", creation);

        UUID contested = rooms.get(0);
        Instant start = today.plusDays(60).atTime(16, 0).atZone(Zones.DEFAULT).toInstant();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int offset = (i % 4) * 15;
            racers.add(pool.submit(() -> {
                go.await();
                try {
                    Instant from = start.plusSeconds(offset * 60L);
                    bookings.book(user, contested, from, from.plusSeconds(3600), null);
                    return true;
                } catch (DomainException taken) {
                    return false;
                }
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> racer : racers) {
            winners += racer.get() ? 1 : 0;
        }
        pool.shutdown();
        System.out.printf("BENCH race: 50 overlapping requests for one resource, %d booking(s) made%n", winners);
    }

    private Availability availability(CurrentUser user, List<UUID> rooms, LocalDate today, Random random) {
        LocalDate day = today.plusDays(1 + random.nextInt(45));
        return bookings.availability(
                user,
                rooms.get(random.nextInt(rooms.size())),
                day.atStartOfDay(Zones.DEFAULT).toInstant(),
                day.plusDays(1).atStartOfDay(Zones.DEFAULT).toInstant());
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO booking (id, resource_id, site_id, member_id, booked_by, starts_at, ends_at, status, created_at,
                       hold_from, hold_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?)""", rows);
        rows.clear();
    }

    private void analyze() {
        try (var connection = jdbc.getDataSource().getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                jdbc.execute("ANALYZE booking");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "BENCH %s: %d samples, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                what,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
