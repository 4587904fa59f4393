package coop.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class NotificationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void testMessages() {
        NotificationTestSupport.registerTestMessages(messages);
    }

    @Test
    void aMemberSeesTheirNoticesNewestFirstInTheLanguageTheyRead() throws Exception {
        TestMember member = member();
        notice(member, "notification.test.notice", new Object[] {"COL-7"}, "/notifications/preferences", "parcels");
        notice(member, "notification.test.count", new Object[] {3}, null, "orders");
        Cookie session = WebLogin.login(mvc, member.email());

        var page = tester.get().uri("/notifications").cookie(session).exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h1", "Notifications", "2 notifications non lues.", "Tout marquer comme lu")
                .contains("Vous avez 3 articles prêts.", "Votre colis COL-7 vous attend à l&#39;accueil.");
        assertThat(html.indexOf("Vous avez 3 articles")).isLessThan(html.indexOf("Votre colis COL-7"));

        assertThat(tester.get().uri("/notifications?lang=en").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "You have 3 items ready.",
                        "Your parcel COL-7 is waiting at the desk.",
                        "2 unread notifications.");
    }

    @Test
    void theBadgeCountsUnreadNoticesAndOpeningANoticeMarksItReadAndFollowsItsLink() {
        TestMember member = member();
        UUID first =
                notice(member, "notification.test.notice", new Object[] {"A1"}, "/notifications/preferences", null);
        notice(member, "notification.test.notice", new Object[] {"A2"}, null, null);
        Cookie session = WebLogin.login(mvc, member.email());

        assertThat(tester.get().uri("/notifications/badge").cookie(session).header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/notifications\"", "Notifications", "2 non lues")
                .doesNotContain("<html");

        assertThat(tester.get().uri("/notifications/" + first + "/open").cookie(session))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/notifications/preferences");
        assertThat(readAt(first)).isNotNull();
        assertThat(tester.get().uri("/notifications/badge").cookie(session))
                .bodyText()
                .contains("1 non lue");

        assertThat(tester.post().uri("/notifications/read-all").with(csrf()).cookie(session))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri("/notifications/badge").cookie(session))
                .bodyText()
                .contains("Notifications")
                .doesNotContain("non lue");
        assertThat(tester.get().uri("/notifications").cookie(session))
                .bodyText()
                .contains("Aucune notification non lue.");
    }

    @Test
    void theLayoutLoadsTheBadgeWithHtmxAndKeepsAPlainLink() {
        Cookie session = WebLogin.login(mvc, member().email());
        assertThat(tester.get().uri("/").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("hx-get=\"/notifications/badge\"", "hx-trigger=\"load, every 60s", "href=\"/notifications\"");
        // Anonymous (an expired session): nothing to swap, and never the login page inside the navbar.
        assertThat(tester.get().uri("/notifications/badge").header("HX-Request", "true"))
                .hasStatus(204)
                .bodyText()
                .isEmpty();
        assertThat(tester.get().uri("/notifications")).hasStatus3xxRedirection();
    }

    @Test
    void markingOneNoticeReadWithHtmxReturnsJustThatNotice() {
        TestMember member = member();
        UUID id = notice(member, "notification.test.notice", new Object[] {"B1"}, null, null);
        Cookie session = WebLogin.login(mvc, member.email());

        var result = tester.post()
                .uri("/notifications/" + id + "/read")
                .with(csrf())
                .cookie(session)
                .header("HX-Request", "true")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .hasHeader("HX-Trigger", "notices-changed")
                .bodyText()
                .contains("id=\"notice-" + id + "\"", "Votre colis B1")
                .doesNotContain("Marquer comme lue", "<html");
        assertThat(readAt(id)).isNotNull();

        UUID other = notice(member, "notification.test.notice", new Object[] {"B2"}, null, null);
        assertThat(tester.post()
                        .uri("/notifications/" + other + "/read")
                        .with(csrf())
                        .cookie(session))
                .hasStatus3xxRedirection();
        assertThat(readAt(other)).isNotNull();
    }

    @Test
    void anotherPersonsNoticeIsNotFoundAndStaysUnread() {
        TestMember owner = member();
        TestMember intruder = member();
        UUID id = notice(owner, "notification.test.notice", new Object[] {"SECRET-42"}, "/notifications", null);
        Cookie session = WebLogin.login(mvc, intruder.email());

        assertThat(tester.get().uri("/notifications/" + id + "/open").cookie(session))
                .hasStatus(404);
        assertThat(tester.post()
                        .uri("/notifications/" + id + "/read")
                        .with(csrf())
                        .cookie(session))
                .hasStatus(404);
        assertThat(tester.get().uri("/notifications").cookie(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("SECRET-42");
        assertThat(readAt(id)).isNull();

        assertThat(tester.get()
                        .uri("/notifications/" + UUID.randomUUID() + "/open")
                        .cookie(session))
                .hasStatus(404);
        assertThat(tester.get().uri("/notifications/not-an-id/open").cookie(session))
                .hasStatus(404);
        assertThat(tester.get().uri("/notifications?page=-3").cookie(session)).hasStatusOk();
        assertThat(tester.get().uri("/notifications?page=99999999999").cookie(session))
                .hasStatus(404);
    }

    @Test
    void oneNoticePerDedupKeyAndNoneWhenThePublishersTransactionRollsBack() {
        TestMember member = member();
        String key = "test:notice:" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            NotificationTestSupport.publish(
                    transactions,
                    events,
                    new NoticeRequested(key, member.id(), "notification.test.notice", new Object[] {"D"}, null, null));
        }
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NoticeRequested(
                    "test:rolledback:" + UUID.randomUUID(),
                    member.id(),
                    "notification.test.notice",
                    new Object[] {"R"},
                    null,
                    null));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ?")
                        .param(member.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aLinkOutsideRelaisIsDroppedFromTheNotice() {
        TestMember member = member();
        UUID id = notice(member, "notification.test.notice", new Object[] {"E"}, "https://evil.example/", null);
        Cookie session = WebLogin.login(mvc, member.email());
        assertThat(tester.get().uri("/notifications").cookie(session))
                .bodyText()
                .contains("Votre colis E")
                .doesNotContain("evil.example");
        assertThat(tester.get().uri("/notifications/" + id + "/open").cookie(session))
                .redirectedUrl()
                .isEqualTo("/notifications");
    }

    @Test
    void preferencesListTheKnownCategoriesAndAnOptOutStopsThoseNotices() throws Exception {
        TestMember member = member();
        Cookie session = WebLogin.login(mvc, member.email());
        assertThat(tester.get().uri("/notifications/preferences").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Mes notifications", "Vos commandes", "Vos colis et courriers", "Par e-mail");
        assertThat(ticked(session, "inApp", "orders")).isTrue();
        assertThat(ticked(session, "email", "orders")).isTrue();

        // Orders: e-mail only; parcels: both. An unknown category and HTML are ignored.
        assertThat(tester.post()
                        .uri("/notifications/preferences")
                        .with(csrf())
                        .cookie(session)
                        .param("email", "orders", "parcels", "<script>")
                        .param("inApp", "parcels", "unknown-category"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/notifications/preferences");
        assertThat(ticked(session, "inApp", "orders")).isFalse();
        assertThat(ticked(session, "email", "orders")).isTrue();
        assertThat(ticked(session, "inApp", "parcels")).isTrue();
        assertThat(ticked(session, "email", "parcels")).isTrue();

        notice(member, "notification.test.notice", new Object[] {"ORDER-NEWS"}, null, "orders");
        notice(member, "notification.test.notice", new Object[] {"PARCEL-NEWS"}, null, "parcels");
        notice(member, "notification.test.notice", new Object[] {"ACCOUNT-NEWS"}, null, null);
        assertThat(tester.get().uri("/notifications").cookie(session))
                .bodyText()
                .contains("PARCEL-NEWS", "ACCOUNT-NEWS")
                .doesNotContain("ORDER-NEWS");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_preference WHERE account_id = ? AND category = ?")
                        .params(member.id(), "unknown-category")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theNotificationPagesRequireSigningIn() {
        assertThat(tester.get().uri("/notifications/preferences")).hasStatus3xxRedirection();
        assertThat(tester.post().uri("/notifications/read-all").with(csrf())).hasStatus3xxRedirection();
        Cookie session = WebLogin.login(mvc, member().email());
        assertThat(tester.post().uri("/notifications/read-all").cookie(session))
                .as("no CSRF token")
                .hasStatus(403);
    }

    private TestMember member() {
        return NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
    }

    private UUID notice(TestMember member, String key, Object[] arguments, String link, String category) {
        String dedupKey = "test:" + UUID.randomUUID();
        NotificationTestSupport.publish(
                transactions, events, new NoticeRequested(dedupKey, member.id(), key, arguments, link, category));
        return jdbc.sql("SELECT id FROM notice WHERE dedup_key = ?")
                .param(dedupKey)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private Instant readAt(UUID id) {
        return jdbc.sql("SELECT read_at FROM notice WHERE id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(Instants.read(rs, 1)))
                .single()
                .orElse(null);
    }

    /** Whether the preferences page ticks the checkbox {@code name} for the category. */
    private boolean ticked(Cookie session, String name, String category) throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/notifications/preferences")
                        .cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"" + category + "\"[^>]*>")
                .matcher(html);
        assertThat(input.find()).as(name + " " + category).isTrue();
        return input.group().contains("checked");
    }
}
