package coop.relais.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.support.BrowserTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationBrowserTests extends BrowserTest {

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
    void aMemberOpensTheNotificationCentreOnAPhoneAndFollowsANotice() {
        TestMember member = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        String key = "test:browser:" + UUID.randomUUID();
        NotificationTestSupport.publish(
                transactions,
                events,
                new NoticeRequested(
                        key,
                        member.id(),
                        "notification.test.notice",
                        new Object[] {"COL-314"},
                        "/notifications/preferences",
                        "parcels"));

        newContext(PHONE);
        login(member.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir le menu"))
                .click();
        // The badge, loaded by htmx, says one notice is unread.
        var badge = page.locator("#notification-badge a");
        assertThat(badge).containsText("1 non lue");
        badge.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notifications")))
                .isVisible();
        assertThat(page.getByText("1 notification non lue.")).isVisible();
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Votre colis COL-314 vous attend à l'accueil."))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/notifications/preferences$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes notifications")))
                .isVisible();
        assertAccessible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE dedup_key = ? AND read_at IS NOT NULL")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        page.navigate("/notifications");
        assertThat(page.getByText("Aucune notification non lue.")).isVisible();
        assertThat(page.getByText("Nouveau")).hasCount(0);
    }

    @Test
    void anAdminReadsAnEmailInTheOutbox() {
        String to = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        NotificationTestSupport.publish(
                transactions,
                events,
                new EmailRequested(
                        "test:browser:" + UUID.randomUUID(),
                        null,
                        to,
                        "fr",
                        "notification/test",
                        "notification.test.mail.subject",
                        new Object[] {"Léa"},
                        null,
                        Map.of("name", "Léa", "link", baseUrl() + "/invitation/abc")));

        login("admin@relais.test");
        followNavigation("Administration", "Courriels");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courriels")))
                .isVisible();
        assertAccessible();
        page.getByLabel("Destinataire").fill(to);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer"))
                .click();
        assertThat(page.getByText("1 courriel.", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Votre message d'essai, Léa"))
                .first()
                .click();
        assertThat(page.getByText("Bonjour Léa, ceci est un message d'essai.").first())
                .isVisible();
        page.getByText("Code HTML du message").click();
        assertThat(page.locator("details pre")).containsText("<p>Bonjour Léa, ceci est un message d&#39;essai.</p>");
        assertAccessible();

        // The link of the message can be followed from here (as an invitation would be, without SMTP).
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(baseUrl() + "/invitation/abc")))
                .isVisible();

        // The isolated preview renders the HTML body.
        String preview = page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir l'aperçu du message (nouvel onglet)"))
                .getAttribute("href");
        page.navigate(preview);
        assertThat(page.getByText("Bonjour Léa, ceci est un message d'essai.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir Relais")))
                .isVisible();
    }
}
