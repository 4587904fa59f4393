package coop.relais.booking;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.booking.BookingFixtures.Member;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Zones;
import coop.relais.support.ApiAuth;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
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
 * Calendars: the confirmation e-mail carries the booking as an .ics, and the cancellation removes it; a
 * person's feed and a resource's feed are iCalendar that ical4j parses, with events in the site's time
 * zone; a resource's feed names nobody; a revoked feed answers 404 and the next ask gives a new URL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    BookingFixtures fixtures;
    Member member;
    UUID room;
    LocalDate day;

    @BeforeEach
    void aRoomAndAMember() {
        fixtures = new BookingFixtures(jdbc, resources);
        member = fixtures.member(SITE_BASTIDE);
        room = fixtures.room(SITE_BASTIDE, 15);
        day = LocalDate.now(Zones.DEFAULT).plusDays(4);
    }

    private String book() throws Exception {
        MvcTestResult booked = mvc.post()
                .uri("/api/v1/bookings")
                .with(ApiAuth.as(users, member.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}"
                        .formatted(
                                room,
                                day.atTime(14, 0).atZone(Zones.DEFAULT).toInstant(),
                                day.atTime(15, 30).atZone(Zones.DEFAULT).toInstant()))
                .exchange();
        assertThat(booked).hasStatus(201);
        return JsonPath.read(booked.getResponse().getContentAsString(), "$.id");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private String feedUrl(String path) throws Exception {
        MvcTestResult feed =
                mvc.get().uri(path).with(ApiAuth.as(users, member.email())).exchange();
        assertThat(feed).hasStatus(200);
        return JsonPath.read(feed.getResponse().getContentAsString(), "$.feedUrl");
    }

    private MvcTestResult fetch(String url) {
        return mvc.get().uri(URI.create(url).getPath()).exchange();
    }

    @Test
    void theConfirmationCarriesTheEventAndTheCancellationRemovesIt() throws Exception {
        String id = book();
        Map<String, Object> mail = jdbc.sql("SELECT * FROM mail_outbox WHERE dedup_key = ?")
                .param("booking:" + id + ":confirmed")
                .query()
                .singleRow();
        assertThat(mail.get("recipient")).isEqualTo(member.email());
        assertThat((String) mail.get("subject")).startsWith("Réservation confirmée : Salle");
        assertThat(mail.get("attachment_name")).isEqualTo("reservation.ics");
        Calendar sent = parse((String) mail.get("attachment_text"));
        VEvent event = (VEvent) sent.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(id + "@relais");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertThat(start.toInstant())
                .isEqualTo(day.atTime(14, 0).atZone(Zones.DEFAULT).toInstant());
        assertThat((String) mail.get("attachment_text"))
                .contains("DTSTART;TZID=Europe/Paris:%sT140000"
                        .formatted(day.toString().replace("-", "")))
                .contains("DTEND;TZID=Europe/Paris:%sT153000"
                        .formatted(day.toString().replace("-", "")));
        assertThat(sent.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(((VTimeZone) sent.getComponent("VTIMEZONE").orElseThrow())
                        .getTimeZoneId()
                        .getValue())
                .isEqualTo("Europe/Paris");

        assertThat(mvc.post().uri("/api/v1/bookings/" + id + "/cancel").with(ApiAuth.as(users, member.email())))
                .hasStatus(200);
        String cancelled = jdbc.sql("SELECT attachment_text FROM mail_outbox WHERE dedup_key = ?")
                .param("booking:" + id + ":cancelled")
                .query(String.class)
                .single();
        VEvent removed = (VEvent) parse(cancelled).getComponent("VEVENT").orElseThrow();
        assertThat(removed.getUid().orElseThrow().getValue()).isEqualTo(id + "@relais");
        assertThat(removed.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aPersonsFeedHoldsTheirBookingsUntilRevoked() throws Exception {
        String id = book();
        String url = feedUrl("/api/v1/me/calendar");
        assertThat(feedUrl("/api/v1/me/calendar")).isEqualTo(url);
        assertThat(url).matches("https?://.+/api/v1/calendars/[A-Za-z0-9_-]{43}");

        MvcTestResult feed = fetch(url);
        assertThat(feed).hasStatus(200);
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        Calendar calendar = parse(feed.getResponse().getContentAsString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(id + "@relais");
        assertThat(events.get(0).getSummary().getValue()).startsWith("Réservation : Salle");

        assertThat(mvc.delete().uri("/api/v1/me/calendar").with(ApiAuth.as(users, member.email())))
                .hasStatus(204);
        assertThat(fetch(url)).hasStatus(404);
        assertThat(feedUrl("/api/v1/me/calendar")).isNotEqualTo(url);
        assertThat(fetch(url.replaceAll(".$", "_"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/calendars/not-a-token")).hasStatus(404);
    }

    @Test
    void aResourcesFeedShowsItsBusySlotsWithoutNamesToThePeopleOfItsSite() throws Exception {
        book();
        String url = feedUrl("/api/v1/resources/" + room + "/calendar");
        String text = fetch(url).getResponse().getContentAsString();
        Calendar calendar = parse(text);
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(text).doesNotContain("Membre");
        assertThat(((VEvent) calendar.getComponent("VEVENT").orElseThrow())
                        .getSummary()
                        .getValue())
                .endsWith("réservé");

        Member elsewhere = fixtures.member(coop.relais.shared.demo.DemoIds.SITE_ECOTONE);
        assertThat(mvc.get().uri("/api/v1/resources/" + room + "/calendar").with(ApiAuth.as(users, elsewhere.email())))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_calendar_feed WHERE account_id = ?")
                        .param(elsewhere.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Autowired
    coop.relais.booking.internal.BookingReminders reminders;

    @Test
    void aBookingMadeAheadIsRemindedOnceTheDayBefore() {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        UUID ahead = fixtures.booking(
                room, SITE_BASTIDE, member.id(), now.plusSeconds(20 * 3600), now.plusSeconds(21 * 3600));
        UUID lastMinute = fixtures.booking(
                room, SITE_BASTIDE, member.id(), now.plusSeconds(22 * 3600), now.plusSeconds(23 * 3600));
        jdbc.sql("UPDATE booking SET created_at = ? WHERE id = ?")
                .params(coop.relais.shared.jdbc.Instants.param(now.minusSeconds(3 * 86_400)), ahead)
                .update();

        reminders.remind();
        reminders.remind();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?")
                        .param("booking:" + ahead + ":reminder")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE dedup_key = ?")
                        .param("booking:" + ahead + ":reminder")
                        .query(String.class)
                        .single())
                .startsWith("Rappel : Salle");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?")
                        .param("booking:" + lastMinute + ":reminder")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
