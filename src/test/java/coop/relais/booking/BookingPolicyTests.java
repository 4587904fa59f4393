package coop.relais.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.booking.BookingFixtures.Member;
import coop.relais.booking.internal.OfferExpiry;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestSites;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * The policies of a resource and the ways a slot is taken: buffers hold around a booking; approval holds
 * the slot and re-checks every rule; a change excludes only itself; quotas count on fixed week and month
 * boundaries, every occurrence of a series included; a weekly series keeps its local time across daylight
 * saving; a freed slot goes to the first person waiting, alone, then the next; maintenance and bookings
 * never overlap; a blocked resource refuses every entry point. A refusal writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingPolicyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    OfferExpiry offers;

    BookingFixtures fixtures;
    UUID site;
    LocalDate day;

    @BeforeEach
    void aSiteOfItsOwn() {
        fixtures = new BookingFixtures(jdbc, resources);
        site = TestSites.create(jdbc, "Europe/Paris");
        day = LocalDate.now(Zones.DEFAULT).plusDays(10);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(Zones.DEFAULT).toInstant();
    }

    private MvcTestResult send(Member who, String method, String path, String json) {
        var request = method.equals("PUT") ? mvc.put().uri(path) : mvc.post().uri(path);
        return request.with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult book(Member who, UUID resource, Instant start, Instant end) {
        return send(
                who,
                "POST",
                "/api/v1/bookings",
                "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(resource, start, end));
    }

    private static String id(MvcTestResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private String status(String booking) {
        return fixtures.status(UUID.fromString(booking));
    }

    private long rows(UUID resource) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ?")
                .param(resource)
                .query(Long.class)
                .single();
    }

    private static ResourceView.Policy policy(
            int before, int after, boolean approval, int cancelNotice, ResourceView.Quota quota) {
        return new ResourceView.Policy(before, after, approval, 0, cancelNotice, quota, Set.of());
    }

    @Test
    void buffersHoldAroundABookingAndShowAsBusy() {
        UUID room = fixtures.room(site, policy(15, 15, false, 0, null));
        Member first = fixtures.member(site);
        Member second = fixtures.member(site);
        assertThat(book(first, room, at(day, 10, 0), at(day, 11, 0))).hasStatus(201);

        assertThat(book(second, room, at(day, 11, 0), at(day, 12, 0))).hasStatus(409);
        assertThat(book(second, room, at(day, 9, 0), at(day, 9, 45))).hasStatus(409);
        assertThat(rows(room)).isEqualTo(1);
        assertThat(book(second, room, at(day, 11, 30), at(day, 12, 30))).hasStatus(201);
        assertThat(mvc.get()
                        .uri(
                                "/api/v1/resources/{id}/availability?from={f}&to={t}",
                                room,
                                at(day, 0, 0),
                                at(day.plusDays(1), 0, 0))
                        .with(ApiAuth.as(users, first.email())))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.busy[0].start")
                .isEqualTo(at(day, 9, 45).toString());
    }

    @Test
    void approvalHoldsTheSlotAndChecksEveryRuleAgain() throws Exception {
        UUID room = fixtures.room(site, policy(0, 0, true, 0, null));
        Member member = fixtures.member(site);
        Member other = fixtures.member(site);
        Member desk = fixtures.staff(site);
        MvcTestResult asked = book(member, room, at(day, 10, 0), at(day, 11, 0));
        assertThat(asked).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
        String booking = id(asked);
        assertThat(book(other, room, at(day, 10, 30), at(day, 11, 30))).hasStatus(409);
        assertThat(send(member, "POST", "/api/v1/bookings/" + booking + "/approve", "{}"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/sites/{s}/bookings/pending", site).with(ApiAuth.as(users, desk.email())))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.items[0].id")
                .isEqualTo(booking);

        resources.block(room, true);
        assertThat(send(desk, "POST", "/api/v1/bookings/" + booking + "/approve", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("blocked");
        assertThat(status(booking)).isEqualTo("PENDING");
        resources.block(room, false);
        assertThat(send(desk, "POST", "/api/v1/bookings/" + booking + "/approve", "{}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");

        MvcTestResult second = book(other, room, at(day, 14, 0), at(day, 15, 0));
        assertThat(send(
                        desk,
                        "POST",
                        "/api/v1/bookings/" + id(second) + "/decline",
                        "{\"reason\":\"Salle réservée au CA\"}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("DECLINED");
        assertThat(book(member, room, at(day, 14, 0), at(day, 15, 0))).hasStatus(201);
    }

    @Test
    void aChangeExcludesOnlyItselfAndKeepsTheNotice() throws Exception {
        UUID room = fixtures.room(site, policy(0, 0, false, 0, null));
        Member member = fixtures.member(site);
        Member other = fixtures.member(site);
        String mine = id(book(member, room, at(day, 10, 0), at(day, 11, 0)));
        book(other, room, at(day, 12, 0), at(day, 13, 0));

        String slot = "{\"start\":\"%s\",\"end\":\"%s\"}";
        assertThat(send(member, "PUT", "/api/v1/bookings/" + mine, slot.formatted(at(day, 10, 30), at(day, 11, 30))))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.start")
                .isEqualTo(at(day, 10, 30).toString());
        assertThat(send(member, "PUT", "/api/v1/bookings/" + mine, slot.formatted(at(day, 11, 30), at(day, 12, 30))))
                .hasStatus(409);
        assertThat(send(member, "PUT", "/api/v1/bookings/" + mine, slot.formatted(at(day, 11, 0), at(day, 10, 0))))
                .hasStatus(400);
        assertThat(send(other, "PUT", "/api/v1/bookings/" + mine, slot.formatted(at(day, 15, 0), at(day, 16, 0))))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT starts_at FROM booking WHERE id = ?")
                        .param(UUID.fromString(mine))
                        .query((rs, n) -> Instants.read(rs, "starts_at"))
                        .single())
                .isEqualTo(at(day, 10, 30));
    }

    @Test
    void quotasCountOnFixedWeeksAndEveryOccurrenceOfASeries() throws Exception {
        UUID room = fixtures.room(
                site,
                policy(
                        0,
                        0,
                        false,
                        0,
                        new ResourceView.Quota(
                                ResourceView.QuotaPeriod.WEEK, ResourceView.QuotaScope.MEMBER, null, 1, false)));
        Member member = fixtures.member(site);
        LocalDate sunday = day.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        assertThat(book(member, room, at(sunday, 20, 0), at(sunday, 21, 0))).hasStatus(201);
        // Monday is another week: the period is the calendar week, not the last seven days.
        assertThat(book(member, room, at(sunday.plusDays(1), 8, 0), at(sunday.plusDays(1), 9, 0)))
                .hasStatus(201);
        assertThat(book(member, room, at(sunday.plusDays(2), 8, 0), at(sunday.plusDays(2), 9, 0)))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("quotaBookings");

        // A weekly series from that Tuesday: its first week already has its booking, the next two do not.
        MvcTestResult series = send(
                member,
                "POST",
                "/api/v1/bookings/series",
                "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"weeks\":3,\"skipConflicts\":true}"
                        .formatted(room, at(sunday.plusDays(2), 8, 0), at(sunday.plusDays(2), 9, 0)));
        assertThat(series).hasStatus(201);
        String body = series.getResponse().getContentAsString();
        assertThat((List<?>) JsonPath.read(body, "$.bookings")).hasSize(2);
        assertThat((List<String>) JsonPath.read(body, "$.skipped[*].reason")).containsExactly("quotaBookings");
        // A second series the same weeks finds every week's quota used: nothing is booked, nothing written.
        long before = rows(room);
        assertThat(send(
                        member,
                        "POST",
                        "/api/v1/bookings/series",
                        "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"weeks\":2}"
                                .formatted(room, at(sunday.plusDays(10), 15, 0), at(sunday.plusDays(10), 16, 0))))
                .hasStatus(422);
        assertThat(rows(room)).isEqualTo(before);
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSavingAndSkipsConflictsOnlyWhenAsked() throws Exception {
        UUID room = fixtures.room(site, policy(0, 0, false, 0, null));
        Member member = fixtures.member(site);
        Member other = fixtures.member(site);
        Instant now = Instant.now();
        ZoneOffsetTransition change = Zones.DEFAULT.getRules().nextTransition(now.plusSeconds(8 * 86_400));
        LocalDate first = change.getDateTimeBefore().toLocalDate().minusDays(7);
        book(other, room, at(first.plusWeeks(2), 10, 0), at(first.plusWeeks(2), 11, 0));
        String series = "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"weeks\":3%s}";

        long before = rows(room);
        assertThat(send(
                        member,
                        "POST",
                        "/api/v1/bookings/series",
                        series.formatted(room, at(first, 10, 0), at(first, 11, 0), "")))
                .hasStatus(409);
        assertThat(rows(room)).isEqualTo(before);

        MvcTestResult made = send(
                member,
                "POST",
                "/api/v1/bookings/series",
                series.formatted(room, at(first, 10, 0), at(first, 11, 0), ",\"skipConflicts\":true"));
        assertThat(made).hasStatus(201);
        String body = made.getResponse().getContentAsString();
        List<String> starts = JsonPath.read(body, "$.bookings[*].start");
        assertThat(starts).hasSize(2);
        for (String start : starts) {
            assertThat(ZonedDateTime.ofInstant(Instant.parse(start), Zones.DEFAULT)
                            .toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(10, 0));
        }
        assertThat(Instant.parse(starts.get(1)).getEpochSecond()
                        - Instant.parse(starts.get(0)).getEpochSecond())
                .isNotEqualTo(7 * 86_400L);
        assertThat((List<String>) JsonPath.read(body, "$.skipped[*].reason")).containsExactly("taken");
    }

    @Test
    void aFreedSlotGoesToTheFirstPersonWaitingAloneThenToTheNext() throws Exception {
        UUID room = fixtures.room(site, policy(0, 0, false, 0, null));
        Member holder = fixtures.member(site);
        Member first = fixtures.member(site);
        Member second = fixtures.member(site);
        String held = id(book(holder, room, at(day, 10, 0), at(day, 11, 0)));
        String wait = "{\"start\":\"%s\",\"end\":\"%s\"}".formatted(at(day, 10, 0), at(day, 11, 0));
        assertThat(send(first, "POST", "/api/v1/resources/" + room + "/waitlist", wait))
                .hasStatus(201);
        assertThat(send(second, "POST", "/api/v1/resources/" + room + "/waitlist", wait))
                .hasStatus(201);
        assertThat(send(second, "POST", "/api/v1/resources/" + room + "/waitlist", wait))
                .hasStatus(409);
        assertThat(send(
                        first,
                        "POST",
                        "/api/v1/resources/" + room + "/waitlist",
                        "{\"start\":\"%s\",\"end\":\"%s\"}".formatted(at(day, 15, 0), at(day, 16, 0))))
                .hasStatus(409);

        assertThat(send(holder, "POST", "/api/v1/bookings/" + held + "/cancel", "{}"))
                .hasStatus(200);
        Map<String, Object> offer = jdbc.sql("SELECT * FROM booking WHERE resource_id = ? AND status = 'HELD'")
                .param(room)
                .query()
                .singleRow();
        assertThat(offer.get("member_id")).isEqualTo(first.id());
        assertThat(book(second, room, at(day, 10, 0), at(day, 11, 0))).hasStatus(409);

        jdbc.sql("UPDATE booking SET offer_expires_at = ? WHERE id = ?")
                .params(Instants.param(Instant.now().minusSeconds(1)), offer.get("id"))
                .update();
        // The job may have run on its own schedule already: either way the offer expires once.
        offers.expire();
        assertThat(fixtures.status((UUID) offer.get("id"))).isEqualTo("EXPIRED");
        UUID next = jdbc.sql("SELECT id FROM booking WHERE resource_id = ? AND status = 'HELD'")
                .param(room)
                .query(UUID.class)
                .single();
        assertThat(send(first, "POST", "/api/v1/bookings/" + next + "/accept", "{}"))
                .hasStatus(404);
        assertThat(send(second, "POST", "/api/v1/bookings/" + next + "/accept", "{}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT status FROM booking_waitlist WHERE member_id = ?")
                        .param(second.id())
                        .query(String.class)
                        .single())
                .isEqualTo("BOOKED");
    }

    @Test
    void maintenanceAndBookingsNeverOverlapAndABlockedResourceRefusesEveryEntryPoint() {
        UUID room = fixtures.room(site, policy(0, 0, false, 0, null));
        Member member = fixtures.member(site);
        Member desk = fixtures.staff(site);
        book(member, room, at(day, 10, 0), at(day, 11, 0));
        String block = "{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Peinture\"}";
        assertThat(send(
                        desk,
                        "POST",
                        "/api/v1/resources/" + room + "/maintenance",
                        block.formatted(at(day, 9, 0), at(day, 12, 0))))
                .hasStatus(409);
        assertThat(send(
                        member,
                        "POST",
                        "/api/v1/resources/" + room + "/maintenance",
                        block.formatted(at(day, 14, 0), at(day, 16, 0))))
                .hasStatus(404);
        assertThat(send(
                        desk,
                        "POST",
                        "/api/v1/resources/" + room + "/maintenance",
                        block.formatted(at(day, 14, 0), at(day, 16, 0))))
                .hasStatus(201);
        assertThat(book(member, room, at(day, 15, 0), at(day, 17, 0))).hasStatus(409);

        resources.block(room, true);
        long before = rows(room);
        assertThat(book(member, room, at(day.plusDays(1), 10, 0), at(day.plusDays(1), 11, 0)))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("blocked");
        assertThat(send(
                        member,
                        "POST",
                        "/api/v1/bookings/series",
                        "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"weeks\":2,\"skipConflicts\":true}"
                                .formatted(room, at(day.plusDays(1), 10, 0), at(day.plusDays(1), 11, 0))))
                .hasStatus(409);
        assertThat(send(
                        member,
                        "POST",
                        "/api/v1/resources/" + room + "/waitlist",
                        "{\"start\":\"%s\",\"end\":\"%s\"}".formatted(at(day, 10, 0), at(day, 11, 0))))
                .hasStatus(422);
        assertThat(rows(room)).isEqualTo(before);
    }

    @Test
    void aResourceForGivenCompaniesRefusesOthersAndTheCancelNoticeHolds() throws Exception {
        UUID company = jdbc.sql("SELECT id FROM client_organisation LIMIT 1")
                .query(UUID.class)
                .single();
        UUID room = fixtures.room(site, new ResourceView.Policy(0, 0, false, 0, 0, null, Set.of(company)));
        Member outsider = fixtures.member(site);
        assertThat(book(outsider, room, at(day, 10, 0), at(day, 11, 0)))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("companies");

        UUID strict = fixtures.room(site, policy(0, 0, false, 14 * 24 * 60, null));
        String booked = id(book(outsider, strict, at(day, 10, 0), at(day, 11, 0)));
        assertThat(send(outsider, "POST", "/api/v1/bookings/" + booked + "/cancel", "{}"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("cancelNotice");
        assertThat(status(booked)).isEqualTo("CONFIRMED");
    }
}
