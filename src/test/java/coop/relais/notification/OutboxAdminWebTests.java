package coop.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.notification.internal.OutboxSender;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin outbox, in the embedded default: no SMTP server, so e-mails are held and read here. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @Autowired
    OutboxSender sender;

    @BeforeEach
    void testMessages() {
        NotificationTestSupport.registerTestMessages(messages);
    }

    @Test
    void withoutSmtpAnEmailIsHeldAndTheAdminReadsItsTextAndHtmlAndItsLink() {
        String to = address();
        String link = "http://localhost:8080/invitation/" + UUID.randomUUID();
        UUID id = requestEmail(to, "Zoé", link);
        assertThat(sender.sendDue()).isZero();
        assertThat(status(id)).isEqualTo("HELD");

        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(tester.get().uri("/admin/outbox?recipient={to}", to).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("<h1", "Courriels", "Aucun serveur d&#39;envoi (SMTP)")
                .contains(to, "Votre message d&#39;essai, Zoé", "Conservé ici (pas de serveur d&#39;envoi)")
                .contains("<th scope=\"col\"", "table-responsive", "/admin/outbox/" + id);

        var page = tester.get().uri("/admin/outbox/" + id).cookie(admin).exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("<h1", "Votre message d&#39;essai, Zoé", to)
                .contains("Bonjour Zoé, ceci est un message d&#39;essai.")
                .contains("href=\"" + link + "\"")
                .contains("<details>", "&lt;p&gt;Bonjour Zoé", "href=\"/admin/outbox/" + id + "/preview\"")
                .doesNotContain("<iframe", "Renvoyer ce courriel");
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'");
    }

    @Test
    void theStatusFilterAndPagingAreForgiving() {
        String to = address();
        UUID id = requestEmail(to, "Filtre", "https://relais.test/x");
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");

        assertThat(tester.get()
                        .uri("/admin/outbox?status=HELD&recipient={to}", to)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("/admin/outbox/" + id);
        assertThat(tester.get()
                        .uri("/admin/outbox?status=SENT&recipient={to}", to)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun courriel ne correspond.")
                .doesNotContain("/admin/outbox/" + id);
        assertThat(tester.get()
                        .uri("/admin/outbox?status=<script>&page=-4&recipient={to}", to)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("/admin/outbox/" + id)
                .doesNotContain("<script>");
        assertThat(tester.get().uri("/admin/outbox?page=5000").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun courriel ne correspond.");
        assertThat(tester.get().uri("/admin/outbox/" + UUID.randomUUID()).cookie(admin))
                .hasStatus(404);
        assertThat(tester.get().uri("/admin/outbox/abc").cookie(admin)).hasStatus(404);
    }

    @Test
    void theAdminFindsTheEmailsToOneAddress() {
        String to = address();
        String other = address();
        requestEmail(to, "Un", "https://relais.test/1");
        requestEmail(to, "Deux", "https://relais.test/2");
        requestEmail(other, "Autre", "https://relais.test/3");
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");

        assertThat(tester.get()
                        .uri("/admin/outbox?recipient={q}", to.toUpperCase())
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("2 courriels.", "Votre message d&#39;essai, Un", "Votre message d&#39;essai, Deux")
                .contains("value=\"" + to.toUpperCase() + "\"")
                .doesNotContain(other);
        // Wildcards are taken literally; an overlong search is cut, never an error.
        assertThat(tester.get().uri("/admin/outbox?recipient=%25_%25").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun courriel");
        assertThat(tester.get()
                        .uri("/admin/outbox?recipient={q}", "x".repeat(5000))
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun courriel");
    }

    @Test
    void markupInAMessageIsNeverLiveOnThePage() {
        UUID id = insert(address(), "FAILED", "<script>alert('x')</script><img src=x onerror=alert(2)><p>Corps</p>");
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(tester.get().uri("/admin/outbox/" + id).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(");

        // The preview shows the HTML as it is, in a document that may run nothing and fetch nothing.
        var preview = tester.get()
                .uri("/admin/outbox/" + id + "/preview")
                .cookie(admin)
                .exchange();
        assertThat(preview).hasStatusOk().bodyText().contains("<p>Corps</p>");
        assertThat(preview.getResponse().getContentType()).startsWith("text/html");
        assertThat(preview.getResponse().getHeaders("Content-Security-Policy"))
                .singleElement()
                .asString()
                .startsWith("sandbox;")
                .contains("default-src 'none'", "form-action 'none'")
                .doesNotContain("script-src");
        assertThat(tester.get()
                        .uri("/admin/outbox/" + id + "/preview")
                        .cookie(WebLogin.login(mvc, "habitant@relais.test")))
                .hasStatus(403);
    }

    @Test
    void withoutSmtpNothingCanBeResent() {
        UUID id = insert(address(), "FAILED", "<p>Échec</p>");
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(tester.get().uri("/admin/outbox/" + id).cookie(admin))
                .bodyText()
                .doesNotContain("Renvoyer ce courriel");
        assertThat(tester.post()
                        .uri("/admin/outbox/" + id + "/resend")
                        .with(csrf())
                        .cookie(admin))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashError", "notification.outbox.resend.refused");
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void theOutboxIsForAdminsOnly() {
        UUID id = insert(address(), "FAILED", "<p>Privé</p>");
        for (String email : new String[] {"habitant@relais.test", "concierge@relais.test", "gerante@relais.test"}) {
            Cookie session = WebLogin.login(mvc, email);
            assertThat(tester.get().uri("/admin/outbox").cookie(session))
                    .as(email)
                    .hasStatus(403);
            assertThat(tester.get().uri("/admin/outbox/" + id).cookie(session))
                    .as(email)
                    .hasStatus(403);
            assertThat(tester.post()
                            .uri("/admin/outbox/" + id + "/resend")
                            .with(csrf())
                            .cookie(session))
                    .as(email)
                    .hasStatus(403);
            assertThat(tester.get().uri("/").cookie(session)).bodyText().doesNotContain("href=\"/admin/outbox\"");
        }
        assertThat(tester.get().uri("/admin/outbox")).hasStatus3xxRedirection();
        assertThat(tester.get().uri("/").cookie(WebLogin.login(mvc, "admin@relais.test")))
                .bodyText()
                .contains("href=\"/admin/outbox\"", "Courriels");
    }

    private UUID requestEmail(String to, String name, String link) {
        String key = "test:admin:" + UUID.randomUUID();
        NotificationTestSupport.publish(
                transactions,
                events,
                new EmailRequested(
                        key,
                        null,
                        to,
                        "fr",
                        "notification/test",
                        "notification.test.mail.subject",
                        new Object[] {name},
                        null,
                        Map.of("name", name, "link", link)));
        return jdbc.sql("SELECT id FROM mail_outbox WHERE dedup_key = ?")
                .param(key)
                .query(UUID.class)
                .single();
    }

    private UUID insert(String to, String status, String html) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, dedup_key, recipient, subject, text_body, html_body, language, status,
                                                 attempts, created_at, next_attempt_at, last_error)
                        VALUES (?, ?, ?, 'Objet', 'Texte', ?, 'fr', ?, 8, ?, ?, 'MailSendException: Connection refused')""")
                .params(id, "test:" + id, to, html, status, Instants.param(now), Instants.param(now))
                .update();
        return id;
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static String address() {
        return "admin-test-" + UUID.randomUUID().toString().substring(0, 10) + "@example.test";
    }
}
