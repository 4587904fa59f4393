package coop.relais.booking;

import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.ApiAuth;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
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
 * Booking a resource: a slot taken is a conflict and stays with its first holder, even with fifty asking
 * at once; each rule broken is named; bad input is a clear error; another site's resource is not found;
 * a refusal writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingTests {

    static final ExecutorService POOL = Executors.newFixedThreadPool(10);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    UUID room;
    String member;
    LocalDate day;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @BeforeEach
    void aRoomAndAMember() {
        room = UUID.randomUUID();
        resources.insert(
                new ResourceView(
                        room,
                        SITE_ECOTONE,
                        "Salle " + room,
                        ResourceKind.ROOM,
                        null,
                        8,
                        30,
                        120,
                        60,
                        30,
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        null,
                        false,
                        Zones.DEFAULT,
                        null,
                        null),
                new BigDecimal("20"),
                Instant.now());
        member = newMember(SITE_ECOTONE);
        day = LocalDate.now(Zones.DEFAULT).plusDays(3);
    }

    private String newMember(UUID site) {
        UUID id = UUID.randomUUID();
        String email = "resa-" + id + "@booking.test";
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, 'fr', 'x', TRUE, TRUE, ?)""")
                .params(id, email, "Membre " + id.toString().substring(0, 6), Instants.param(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO role_grant (id, account_id, role, site_id, granted_at) VALUES (?, ?, 'MEMBER', ?, ?)")
                .params(UUID.randomUUID(), id, site, Instants.param(Instant.now()))
                .update();
        return email;
    }

    private Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(Zones.DEFAULT).toInstant();
    }

    private MvcTestResult book(String email, String key, Object start, Object end) {
        var request = mvc.post()
                .uri("/api/v1/bookings")
                .with(ApiAuth.as(users, email))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(room, start, end));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    private long bookings() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ?")
                .param(room)
                .query(Long.class)
                .single();
    }

    @Test
    void aSlotTakenIsAConflictAndTheSameKeyAnswersTheSameBooking() throws Exception {
        MvcTestResult first = book(member, "k-" + room, at(day, "10:00"), at(day, "11:00"));
        assertThat(first).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("CONFIRMED");
        MvcTestResult again = book(member, "k-" + room, at(day, "10:00"), at(day, "11:00"));
        assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat((String) JsonPath.read(again.getResponse().getContentAsString(), "$.id"))
                .isEqualTo(JsonPath.read(first.getResponse().getContentAsString(), "$.id"));

        String other = newMember(SITE_ECOTONE);
        assertThat(book(other, null, at(day, "10:30"), at(day, "11:30"))).hasStatus(409);
        // [start, end): the end is free for the next one.
        assertThat(book(other, null, at(day, "11:00"), at(day, "12:00"))).hasStatus(201);
        assertThat(bookings()).isEqualTo(2);

        var availability = mvc.get()
                .uri(
                        "/api/v1/resources/{id}/availability?from={f}&to={t}",
                        room,
                        at(day, "00:00"),
                        at(day.plusDays(1), "00:00"))
                .with(ApiAuth.as(users, member))
                .exchange();
        assertThat(availability).hasStatusOk();
        String body = availability.getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.busy[*].start"))
                .containsExactly(at(day, "10:00").toString(), at(day, "11:00").toString());
        assertThat((List<String>) JsonPath.read(body, "$.free[*].start"))
                .containsExactly(at(day, "08:00").toString(), at(day, "12:00").toString());
    }

    @Test
    void fiftyAskingAtOnceForOverlappingSlotsGetOneBooking() throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(newMember(SITE_ECOTONE));
        }
        List<Future<Integer>> asked = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String who = people.get(i % people.size());
            String start = i % 2 == 0 ? "14:00" : "14:30";
            asked.add(POOL.submit((Callable<Integer>) () -> book(who, null, at(day, start), at(day, "15:30"))
                    .getResponse()
                    .getStatus()));
        }
        int booked = 0;
        for (Future<Integer> answer : asked) {
            int status = answer.get();
            assertThat(status).isIn(201, 409);
            booked += status == 201 ? 1 : 0;
        }
        assertThat(booked).isEqualTo(1);
        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void eachRuleBrokenIsNamedAndNothingIsWritten() {
        record Case(String rule, Object start, Object end) {}
        List<Case> cases = List.of(
                new Case("quarterHour", at(day, "10:10"), at(day, "11:00")),
                new Case("openingHours", at(day, "07:00"), at(day, "08:30")),
                new Case("openingHours", at(day, "19:30"), at(day.plusDays(1), "08:30")),
                new Case("minDuration", at(day, "10:00"), at(day, "10:15")),
                new Case("maxDuration", at(day, "10:00"), at(day, "12:15")),
                new Case(
                        "past",
                        at(LocalDate.now(Zones.DEFAULT).minusDays(1), "10:00"),
                        at(LocalDate.now(Zones.DEFAULT).minusDays(1), "11:00")),
                new Case("horizon", at(day.plusDays(60), "10:00"), at(day.plusDays(60), "11:00")));
        for (Case c : cases) {
            assertThat(book(member, null, c.start(), c.end()))
                    .as(c.rule())
                    .hasStatus(422)
                    .bodyJson()
                    .extractingPath("$.rule")
                    .isEqualTo(c.rule());
        }
        // Chaining back-to-back bookings cannot beat the longest booking (two hours here).
        assertThat(book(member, null, at(day, "09:00"), at(day, "10:30"))).hasStatus(201);
        assertThat(book(member, null, at(day, "10:30"), at(day, "11:30")))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("maxDurationChained");
        assertThat(bookings()).isEqualTo(1);

        jdbc.sql("UPDATE booking_resource SET blocked = TRUE WHERE id = ?")
                .param(room)
                .update();
        assertThat(book(member, null, at(day, "16:00"), at(day, "17:00")))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("blocked");
        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void badInputIsAClearErrorAndAnotherSitesResourceIsNotFound() {
        for (Object[] bad : new Object[][] {
            {at(day, "11:00"), at(day, "10:00")}, {at(day, "10:00"), at(day, "10:00")}, {"demain", "après-demain"}
        }) {
            MvcTestResult result = book(member, null, bad[0], bad[1]);
            assertThat(result.getResponse().getStatus())
                    .as(bad[0] + " " + bad[1])
                    .isEqualTo(400);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
        String elsewhere = newMember(coop.relais.shared.demo.DemoIds.SITE_BASTIDE);
        assertThat(book(elsewhere, null, at(day, "10:00"), at(day, "11:00"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/sites/{site}/resources", SITE_ECOTONE).with(ApiAuth.as(users, elsewhere)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/sites/{site}/resources", SITE_ECOTONE).with(ApiAuth.as(users, member)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].name")
                .asArray()
                .contains("Salle Garonne", "Salle " + room);
        assertThat(bookings()).isZero();
    }

    @Test
    void aCancelledBookingFreesItsSlotAndOnlyItsHolderCancelsIt() throws Exception {
        MvcTestResult booked = book(member, null, at(day, "16:00"), at(day, "17:00"));
        String id = JsonPath.read(booked.getResponse().getContentAsString(), "$.id");
        String other = newMember(SITE_ECOTONE);
        assertThat(mvc.post().uri("/api/v1/bookings/{id}/cancel", id).with(ApiAuth.as(users, other)))
                .hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/bookings/{id}/cancel", id).with(ApiAuth.as(users, member)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CANCELLED");
        assertThat(mvc.post().uri("/api/v1/bookings/{id}/cancel", id).with(ApiAuth.as(users, member)))
                .hasStatus(409);
        assertThat(book(other, null, at(day, "16:00"), at(day, "17:00"))).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/me/bookings").with(ApiAuth.as(users, other)))
                .bodyJson()
                .extractingPath("$.items[*].start")
                .asArray()
                .containsExactly(at(day, "16:00").toString());
    }
}
