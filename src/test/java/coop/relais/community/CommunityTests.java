package coop.relais.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Community life through its API: nothing of a member in the directory without their consent (and gone at once
 * when they withdraw it), an event never over its capacity whatever the number of people registering at once
 * with the waitlist kept in the order they came, bad input refused with nothing written, and each site walled off.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Events events;

    UUID site;
    CurrentUser desk;

    @BeforeEach
    void aSite() {
        site = TestSites.create(jdbc, "Europe/Paris");
        desk = TestPeople.create(jdbc, Role.CONCIERGE, site);
    }

    private CurrentUser member() {
        return TestPeople.create(jdbc, Role.MEMBER, site);
    }

    private MvcTestResult call(String method, CurrentUser who, String path, String json) {
        var request = switch (method) {
            case "GET" -> mvc.get().uri(path);
            case "PUT" -> mvc.put().uri(path);
            case "DELETE" -> mvc.delete().uri(path);
            default -> mvc.post().uri(path);
        };
        request = request.with(ApiAuth.as(users, who.email()));
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private String directory(CurrentUser who, String q) throws java.io.UnsupportedEncodingException {
        return call("GET", who, "/api/v1/sites/" + site + "/directory" + (q == null ? "" : "?q=" + q), null)
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void nothingOfAMemberIsShownWithoutTheirConsentAndWithdrawingHidesThemAtOnce() throws Exception {
        CurrentUser lucie = member();
        CurrentUser reader = member();
        String name = jdbc.sql("SELECT display_name FROM account WHERE id = ?")
                .param(lucie.accountId())
                .query(String.class)
                .single();
        // Not listed: neither the name nor anything else.
        assertThat(directory(reader, null))
                .doesNotContain(name)
                .doesNotContain(lucie.accountId().toString());
        // Writing a presentation without consenting lists nothing.
        assertThat(call(
                        "PUT",
                        lucie,
                        "/api/v1/me/directory",
                        "{\"siteId\":\"%s\",\"listed\":false,\"presentation\":\"Couturière\",\"skills\":\"couture\"}"
                                .formatted(site)))
                .hasStatusOk();
        assertThat(directory(reader, "couture")).doesNotContain(name);

        assertThat(call(
                        "PUT",
                        lucie,
                        "/api/v1/me/directory",
                        "{\"siteId\":\"%s\",\"listed\":true,\"presentation\":\"Couturière\",\"skills\":\"couture, retouches\"}"
                                .formatted(site)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.listed")
                .isEqualTo(true);
        String found = directory(reader, "retouch");
        assertThat(found).contains(name).contains("retouches").contains("\"kind\":\"MEMBER\"");
        // Never an address or a phone.
        assertThat(found).doesNotContain(lucie.email()).doesNotContain("@people.test");

        // Withdrawn: gone from the very next read, for everyone.
        assertThat(call("PUT", lucie, "/api/v1/me/directory", "{\"siteId\":\"%s\",\"listed\":false}".formatted(site)))
                .hasStatusOk();
        assertThat(directory(reader, null)).doesNotContain(name);
        assertThat(directory(desk, null)).doesNotContain(name);

        // Writing to someone no longer listed is refused, and no message is kept.
        assertThat(mvc.post()
                        .uri("/community/directory/" + lucie.accountId() + "/message")
                        .with(ApiAuth.as(users, reader.email()))
                        .with(csrf())
                        .param("message", "Bonjour")
                        .exchange())
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_message WHERE recipient_id = ?")
                        .param(lucie.accountId())
                        .query(Long.class)
                        .single())
                .isZero();

        // Another site's people see none of this site's directory, and cannot be listed here.
        UUID elsewhere = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser stranger = TestPeople.create(jdbc, Role.MEMBER, elsewhere);
        assertThat(call("GET", stranger, "/api/v1/sites/" + site + "/directory", null))
                .hasStatus(404);
        assertThat(call("PUT", stranger, "/api/v1/me/directory", "{\"siteId\":\"%s\",\"listed\":true}".formatted(site)))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_listing WHERE site_id = ? AND account_id = ?")
                        .params(site, stranger.accountId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID event(int capacity) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);
        String json = """
                {"title":"Atelier vélo","place":"Cour","day":"%s","start":"14:00","end":"16:00","capacity":%d}""".formatted(day, capacity);
        String id = call("POST", desk, "/api/v1/sites/" + site + "/events", json)
                .getResponse()
                .getHeader("Location");
        assertThat(id).isNotNull();
        return UUID.fromString(id.substring(id.lastIndexOf('/') + 1));
    }

    @Test
    void thirtyPeopleRegisteringAtOnceNeverOverfillAnEventAndWaitInTheOrderTheyCame() throws Exception {
        UUID event = event(10);
        List<CurrentUser> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(member());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (CurrentUser person : people) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call("POST", person, "/api/v1/events/" + event + "/registrations", null)
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count(event, "REGISTERED")).isEqualTo(10);
        assertThat(count(event, "WAITLISTED")).isEqualTo(20);
        assertThat(jdbc.sql("SELECT registered FROM community_event WHERE id = ?")
                        .param(event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        // Places in the order of arrival: the waitlist's positions are 1 to 20, following the seats' order.
        List<UUID> waiting = jdbc.sql(
                        "SELECT account_id FROM community_registration WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY seq")
                .param(event)
                .query(UUID.class)
                .list();
        for (int i = 0; i < waiting.size(); i++) {
            UUID id = waiting.get(i);
            CurrentUser who = people.stream()
                    .filter(p -> p.accountId().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertThat(events.registrationsOf(who, List.of(event)).get(event).position())
                    .isEqualTo(i + 1);
        }
        // Registering again changes nothing.
        CurrentUser first = people.get(0);
        assertThat(call("POST", first, "/api/v1/events/" + event + "/registrations", null))
                .hasStatusOk();
        assertThat(count(event, "REGISTERED") + count(event, "WAITLISTED")).isEqualTo(30);

        // A seat given up goes to the first one waiting, who is told by e-mail.
        UUID seated = jdbc.sql(
                        "SELECT account_id FROM community_registration WHERE event_id = ? AND status = 'REGISTERED' ORDER BY seq LIMIT 1")
                .param(event)
                .query(UUID.class)
                .single();
        CurrentUser leaving = people.stream()
                .filter(p -> p.accountId().equals(seated))
                .findFirst()
                .orElseThrow();
        assertThat(call("DELETE", leaving, "/api/v1/events/" + event + "/registrations/me", null))
                .hasStatus(204);
        assertThat(count(event, "REGISTERED")).isEqualTo(10);
        assertThat(jdbc.sql("SELECT status FROM community_registration WHERE event_id = ? AND account_id = ?")
                        .params(event, waiting.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("REGISTERED");
        String promotedEmail = people.stream()
                .filter(p -> p.accountId().equals(waiting.get(0)))
                .findFirst()
                .orElseThrow()
                .email();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")
                        .params(promotedEmail, "%Atelier vélo%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The next one waiting is now first.
        CurrentUser second = people.stream()
                .filter(p -> p.accountId().equals(waiting.get(1)))
                .findFirst()
                .orElseThrow();
        assertThat(call("GET", second, "/api/v1/events/" + event, null))
                .bodyJson()
                .extractingPath("$.myRegistration.position")
                .isEqualTo(1);
        // Giving up twice: 404 the second time.
        assertThat(call("DELETE", leaving, "/api/v1/events/" + event + "/registrations/me", null))
                .hasStatus(404);
    }

    private long count(UUID event, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM community_registration WHERE event_id = ? AND status = ?")
                .params(event, status)
                .query(Long.class)
                .single();
    }

    @Test
    void badEventsAreRefusedClearlyAndWriteNothing() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);
        LocalDate past = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        String path = "/api/v1/sites/" + site + "/events";
        String base =
                "{\"title\":\"%s\",\"place\":\"Cour\",\"day\":\"%s\",\"start\":\"%s\",\"end\":\"16:00\",\"capacity\":%s}";
        for (String json : List.of(
                base.formatted("Fête", day, "14:00", "0"),
                base.formatted("Fête", day, "14:00", "-3"),
                base.formatted("Fête", day, "14:00", "99999"),
                base.formatted("Fête", past, "14:00", "10"),
                base.formatted("Fête", day, "25:00", "10"),
                base.formatted("Fête", "31/02/2027", "14:00", "10"),
                base.formatted("", day, "14:00", "10"),
                base.formatted("x".repeat(121), day, "14:00", "10"))) {
            assertThat(call("POST", desk, path, json))
                    .as(json)
                    .hasStatus(400)
                    .bodyJson()
                    .extractingPath("$.detail")
                    .asString()
                    .isNotBlank();
        }
        // A member may not create an event where the site does not let members propose them.
        assertThat(call("POST", member(), path, base.formatted("Fête", day, "14:00", "10")))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_event WHERE site_id = ?")
                        .param(site)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void eachSiteSeesOnlyItsOwnEventsReportsAndAnnouncements() throws Exception {
        UUID event = event(5);
        CurrentUser neighbour = member();
        assertThat(call(
                        "POST",
                        neighbour,
                        "/api/v1/sites/" + site + "/reports",
                        "{\"category\":\"LIGHTING\",\"description\":\"Ampoule grillée\",\"place\":\"Hall B\"}"))
                .hasStatus(201);
        UUID elsewhere = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser stranger = TestPeople.create(jdbc, Role.MEMBER, elsewhere);
        CurrentUser otherDesk = TestPeople.create(jdbc, Role.CONCIERGE, elsewhere);
        assertThat(call("GET", stranger, "/api/v1/sites/" + site + "/events", null))
                .hasStatus(404);
        assertThat(call("GET", stranger, "/api/v1/events/" + event, null)).hasStatus(404);
        assertThat(call("POST", stranger, "/api/v1/events/" + event + "/registrations", null))
                .hasStatus(404);
        assertThat(call("POST", otherDesk, "/api/v1/events/" + event + "/registrations", null))
                .hasStatus(404);
        assertThat(count(event, "REGISTERED") + count(event, "WAITLISTED")).isZero();
        assertThat(call(
                        "POST",
                        stranger,
                        "/api/v1/sites/" + site + "/reports",
                        "{\"category\":\"LIGHTING\",\"description\":\"x\",\"place\":\"y\"}"))
                .hasStatus(404);
        assertThat(call("GET", stranger, "/api/v1/me/reports", null))
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
        assertThat(call("GET", neighbour, "/api/v1/me/reports", null))
                .bodyJson()
                .extractingPath("$.items[0].status")
                .isEqualTo("OPEN");
        UUID report = jdbc.sql("SELECT id FROM community_report WHERE site_id = ?")
                .param(site)
                .query(UUID.class)
                .single();
        assertThat(mvc.get()
                        .uri("/community/reports/" + report)
                        .with(ApiAuth.as(users, otherDesk.email()))
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/community/reports/" + report + "/close")
                        .with(ApiAuth.as(users, otherDesk.email()))
                        .with(csrf())
                        .param("note", "Fait")
                        .exchange())
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT status FROM community_report WHERE id = ?")
                        .param(report)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }
}
