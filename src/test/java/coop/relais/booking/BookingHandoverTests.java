package coop.relais.booking;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.booking.BookingFixtures.Member;
import coop.relais.booking.internal.BookingCompletion;
import coop.relais.booking.internal.LateReturns;
import coop.relais.booking.internal.NoShowRelease;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Zones;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestSites;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Using what was booked: a room is checked in within its window or released as a no-show (kept, not
 * charged); a vehicle is picked up and returned with readings that never go backwards, by a driver whose
 * licence is valid, its km charged; a damage takes it out of service and moves or cancels what was booked
 * on it; a late return is told once. Every refusal names its rule and writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingHandoverTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    NoShowRelease noShows;

    @Autowired
    LateReturns lateReturns;

    @Autowired
    BookingCompletion completion;

    BookingFixtures fixtures;
    Instant now;

    @BeforeEach
    void fixtures() {
        fixtures = new BookingFixtures(jdbc, resources);
        now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    }

    private MvcTestResult post(Member who, String path, String json) {
        return mvc.post()
                .uri(path)
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private Map<String, Object> row(UUID booking) {
        return jdbc.sql("SELECT * FROM booking WHERE id = ?")
                .param(booking)
                .query()
                .singleRow();
    }

    @Test
    void aRoomIsCheckedInWithinItsWindowOrReleasedAsANoShowThatIsNotCharged() {
        UUID room = fixtures.room(SITE_BASTIDE, 15);
        Member member = fixtures.member(SITE_BASTIDE);
        UUID started = fixtures.booking(room, SITE_BASTIDE, member.id(), now.minusSeconds(300), now.plusSeconds(3300));
        UUID missed = fixtures.booking(room, SITE_BASTIDE, member.id(), now.minusSeconds(7200), now.minusSeconds(3600));
        UUID later = fixtures.booking(room, SITE_BASTIDE, member.id(), now.plusSeconds(7200), now.plusSeconds(9000));

        assertThat(post(member, "/api/v1/bookings/" + later + "/check-in", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("tooEarly");
        assertThat(post(member, "/api/v1/bookings/" + missed + "/check-in", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("checkInClosed");
        Member stranger = fixtures.member(SITE_BASTIDE);
        assertThat(post(stranger, "/api/v1/bookings/" + started + "/check-in", "{}"))
                .hasStatus(404);
        assertThat(row(started).get("checked_in_at")).isNull();

        assertThat(post(member, "/api/v1/bookings/" + started + "/check-in", "{}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.checkedInAt")
                .isNotNull();
        assertThat(post(member, "/api/v1/bookings/" + started + "/check-in", "{}"))
                .hasStatus(409);

        // The job may have run on its own schedule already: either way the booking is released once.
        noShows.release();
        assertThat(fixtures.status(missed)).isEqualTo("NO_SHOW");
        assertThat(fixtures.status(started)).isEqualTo("CONFIRMED");
        assertThat(fixtures.status(later)).isEqualTo("CONFIRMED");
        noShows.release();
        assertThat(row(missed).get("released_at")).isNotNull();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> fixtures.notices(member.id(), "booking.notice.noShow") == 1);

        completion.completeEnded();
        assertThat(row(missed).get("completed_at")).isNull();
        assertThat(post(member, "/api/v1/bookings/" + missed + "/check-in", "{}"))
                .hasStatus(409);
    }

    @Test
    void equipmentIsNotCheckedInAndARoomIsNotPickedUp() {
        Member member = fixtures.member(SITE_BASTIDE);
        UUID drill = fixtures.equipment(SITE_BASTIDE);
        UUID room = fixtures.room(SITE_BASTIDE, 15);
        UUID lending = fixtures.booking(drill, SITE_BASTIDE, member.id(), now.minusSeconds(60), now.plusSeconds(3600));
        UUID meeting = fixtures.booking(room, SITE_BASTIDE, member.id(), now.minusSeconds(60), now.plusSeconds(3600));

        assertThat(post(member, "/api/v1/bookings/" + lending + "/check-in", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("noCheckIn");
        assertThat(post(member, "/api/v1/bookings/" + meeting + "/pickup", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("noPickup");
        assertThat(post(member, "/api/v1/bookings/" + lending + "/pickup", "{}"))
                .hasStatus(200);
        assertThat(post(member, "/api/v1/bookings/" + lending + "/pickup", "{}"))
                .hasStatus(409);
        assertThat(post(member, "/api/v1/bookings/" + lending + "/return", "{}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.trip.returnedAt")
                .isNotNull();
    }

    @Test
    void aVehicleNeedsAValidLicenceAndReadingsThatNeverGoBackwardsAndItsKmAreCharged() {
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.FUEL, 1_000);
        Member driver = fixtures.member(SITE_BASTIDE);
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(2);
        String slot = "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(
                        car,
                        day.atTime(10, 0).atZone(Zones.DEFAULT).toInstant(),
                        day.atTime(12, 0).atZone(Zones.DEFAULT).toInstant());
        assertThat(post(driver, "/api/v1/bookings", slot))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("licence");
        assertThat(mvc.put()
                        .uri("/api/v1/me/driving-licence")
                        .with(ApiAuth.as(users, driver.email()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"12 34 56 78 90 12\",\"expiresOn\":\"2020-01-01\"}"))
                .hasStatus(400);
        assertThat(mvc.put()
                        .uri("/api/v1/me/driving-licence")
                        .with(ApiAuth.as(users, driver.email()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"12 34 56 78 90 12\",\"expiresOn\":\"%s\"}"
                                .formatted(LocalDate.now().plusYears(5))))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.number")
                .isEqualTo("123456789012");
        assertThat(post(driver, "/api/v1/bookings", slot)).hasStatus(201);

        UUID trip = fixtures.booking(car, SITE_BASTIDE, driver.id(), now.minusSeconds(600), now.plusSeconds(6600));
        String path = "/api/v1/bookings/" + trip;
        assertThat(post(driver, path + "/pickup", "{}")).hasStatus(400);
        assertThat(post(driver, path + "/pickup", "{\"odometerKm\":1000,\"energyPercent\":150}"))
                .hasStatus(400);
        assertThat(post(driver, path + "/pickup", "{\"odometerKm\":900,\"energyPercent\":80}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("odometerBackwards");
        assertThat(post(driver, path + "/pickup", "{\"odometerKm\":99000,\"energyPercent\":80}"))
                .hasStatus(400);
        assertThat(row(trip).get("picked_up_at")).isNull();
        assertThat(post(driver, path + "/return", "{\"odometerKm\":1042,\"energyPercent\":60}"))
                .hasStatus(409);

        assertThat(post(driver, path + "/pickup", "{\"odometerKm\":1000,\"energyPercent\":80}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.trip.pickupKm")
                .isEqualTo(1000);
        assertThat(post(driver, path + "/return", "{\"odometerKm\":990,\"energyPercent\":60}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("odometerBackwards");
        assertThat(post(driver, path + "/return", "{\"odometerKm\":1042,\"energyPercent\":60}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.trip.returnKm")
                .isEqualTo(1042);
        assertThat(resources.find(car).orElseThrow().vehicle().odometerKm()).isEqualTo(1042);

        jdbc.sql("UPDATE booking SET ends_at = ? WHERE id = ?")
                .params(coop.relais.shared.jdbc.Instants.param(now.minusSeconds(60)), trip)
                .update();
        completion.completeEnded();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> charges(trip) == 2);
        assertThat(jdbc.sql("SELECT amount FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?"
                                + " AND description LIKE '%km'")
                        .param(trip)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("8.40");
    }

    @Test
    void aDamageBlocksTheVehicleAndMovesOrCancelsWhatWasBookedOnIt() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        UUID damaged = fixtures.car(site, ResourceView.Energy.ELECTRIC, 5_000);
        UUID twin = fixtures.car(site, ResourceView.Energy.ELECTRIC, 8_000);
        // A petrol car is free, but not equivalent to an electric one.
        fixtures.car(site, ResourceView.Energy.FUEL, 3_000);
        Member driver = fixtures.member(site);
        Member next = fixtures.member(site);
        Member after = fixtures.member(site);
        Member other = fixtures.member(site);
        fixtures.licence(driver.id());
        fixtures.licence(next.id());
        fixtures.licence(after.id());
        UUID trip = fixtures.booking(damaged, site, driver.id(), now.minusSeconds(3600), now.plusSeconds(3600));
        // 10 h tomorrow in the site's zone: inside the cars' opening hours whatever the hour the test runs at.
        Instant tomorrow = LocalDate.now(Zones.DEFAULT)
                .plusDays(1)
                .atTime(10, 0)
                .atZone(Zones.DEFAULT)
                .toInstant();
        UUID movable = fixtures.booking(damaged, site, next.id(), tomorrow, tomorrow.plusSeconds(7200));
        UUID stuck =
                fixtures.booking(damaged, site, after.id(), tomorrow.plusSeconds(86400), tomorrow.plusSeconds(90000));
        fixtures.booking(twin, site, other.id(), tomorrow.plusSeconds(86400), tomorrow.plusSeconds(90000));
        assertThat(post(driver, "/api/v1/bookings/" + trip + "/pickup", "{\"odometerKm\":5000,\"energyPercent\":90}"))
                .hasStatus(200);

        assertThat(post(
                        driver,
                        "/api/v1/bookings/" + trip + "/return",
                        "{\"odometerKm\":5030,\"energyPercent\":40,\"damage\":\"Pare-choc arrière enfoncé\"}"))
                .hasStatus(200);

        assertThat(resources.find(damaged).orElseThrow().blocked()).isTrue();
        assertThat(row(movable).get("resource_id")).isEqualTo(twin);
        assertThat(fixtures.status(movable)).isEqualTo("CONFIRMED");
        assertThat(fixtures.status(stuck)).isEqualTo("CANCELLED");
        assertThat(row(stuck).get("cancel_reason")).isEqualTo("DAMAGE");
        assertThat(row(trip).get("status")).isEqualTo("CONFIRMED");
        assertThat(row(trip).get("return_km")).isEqualTo(5030);
        assertThat(jdbc.sql("SELECT description FROM booking_damage WHERE resource_id = ?")
                        .param(damaged)
                        .query(String.class)
                        .single())
                .isEqualTo("Pare-choc arrière enfoncé");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> fixtures.notices(next.id(), "booking.notice.moved") == 1
                        && fixtures.notices(after.id(), "booking.notice.cancelledDamage") == 1);

        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(3);
        assertThat(post(
                        driver,
                        "/api/v1/bookings",
                        "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}"
                                .formatted(
                                        damaged,
                                        day.atTime(10, 0).atZone(Zones.DEFAULT).toInstant(),
                                        day.atTime(11, 0).atZone(Zones.DEFAULT).toInstant())))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("blocked");
    }

    @Test
    void aLateReturnIsToldOnceToItsDriverAndToTheNextPerson() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        UUID car = fixtures.car(site, ResourceView.Energy.FUEL, 100);
        Member driver = fixtures.member(site);
        Member next = fixtures.member(site);
        UUID late = fixtures.booking(car, site, driver.id(), now.minusSeconds(7200), now.minusSeconds(600));
        fixtures.booking(car, site, next.id(), now.plusSeconds(900), now.plusSeconds(4500));
        jdbc.sql("UPDATE booking SET picked_up_at = ?, pickup_km = 100, pickup_energy = 50 WHERE id = ?")
                .params(coop.relais.shared.jdbc.Instants.param(now.minusSeconds(7000)), late)
                .update();

        // The job may have run on its own schedule already: either way each late return is told once.
        lateReturns.alert();
        assertThat(lateReturns.alert()).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> fixtures.notices(driver.id(), "booking.notice.late") == 1
                        && fixtures.notices(next.id(), "booking.notice.lateNext") == 1);
        completion.completeEnded();
        assertThat(row(late).get("completed_at")).isNull();
    }

    private long charges(UUID booking) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_entry WHERE source_type = 'BOOKING' AND source_id = ?")
                .param(booking)
                .query(Long.class)
                .single();
    }
}
