package coop.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.notification.internal.NotificationPreferences;
import coop.relais.notification.internal.OutboxAdministration;
import coop.relais.notification.internal.OutboxSender;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.demo.DemoIds;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.Mailbox;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background sender against a real SMTP server (GreenMail on a free port). The scheduled poll is
 * set to an hour: the tests call {@link OutboxSender#sendDue()} themselves and move the clock.
 */
@SpringBootTest(properties = "relais.mail.poll-interval=1h")
@Import(MailSenderTests.Clocks.class)
class MailSenderTests {

    private static final int PORT = Mailbox.freePort();
    private static GreenMail smtp;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startSmtp() {
        startServer();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Autowired
    OutboxSender sender;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    OutboxAdministration outbox;

    @BeforeEach
    void setUp() {
        NotificationTestSupport.registerTestMessages(messages);
        if (!smtp.isRunning()) {
            startServer();
        }
    }

    @Test
    void aRequestedEmailIsDeliveredOnceWithTextAndHtmlInTheRecipientsLanguage() throws Exception {
        String to = address();
        publish(email("test:en:" + UUID.randomUUID(), null, to, "en", null));

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Your test message, Ada");
        assertThat(mail.getFrom()[0].toString()).contains("ne-pas-repondre@relais.test");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        String text = Mailbox.part(mail, "text/plain");
        String html = Mailbox.part(mail, "text/html");
        assertThat(text).contains("Hello Ada, this is a test message.", "https://relais.test/orders/42");
        assertThat(html).contains("Hello Ada, this is a test message.", "href=\"https://relais.test/orders/42\"");
        assertThat(text).doesNotContain("<p>");
        assertThat(status(to)).isEqualTo("SENT");

        // French for a French reader.
        String french = address();
        publish(email("test:fr:" + UUID.randomUUID(), null, french, "fr", null));
        sender.sendDue();
        assertThat(receivedBy(french)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Votre message d'essai, Ada");
            assertThat(Mailbox.part(m, "text/plain")).contains("Bonjour Ada, ceci est un message d'essai.");
        });
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String to = address();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(email("test:rollback:" + UUID.randomUUID(), null, to, "fr", null));
            status.setRollbackOnly();
        });

        sender.sendDue();

        assertThat(receivedBy(to)).isEmpty();
        assertThat(count(to)).isZero();
    }

    @Test
    void theSameDedupKeyTwiceSendsOneEmail() {
        String to = address();
        String key = "test:dedup:" + UUID.randomUUID();
        publish(email(key, null, to, "fr", null));
        publish(email(key, null, to, "fr", null));

        sender.sendDue();
        sender.sendDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(count(to)).isEqualTo(1);
    }

    @Test
    void aFailingServerIsRetriedLaterWithBackoffThenTheMessageIsDeliveredOnce() {
        smtp.stop();
        String to = address();
        publish(email("test:down:" + UUID.randomUUID(), null, to, "fr", null));
        Instant firstAttempt = clock.instant();

        sender.sendDue();

        Row row = row(to);
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(firstAttempt.plus(Duration.ofMinutes(1)));
        assertThat(row.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(300).doesNotContain("\n");

        // Not due yet: nothing is tried.
        sender.sendDue();
        assertThat(row(to).attempts()).isEqualTo(1);

        // Second failure one minute later: the next attempt waits two minutes.
        clock.advance(Duration.ofMinutes(1));
        Instant secondAttempt = clock.instant();
        sender.sendDue();
        assertThat(row(to).attempts()).isEqualTo(2);
        assertThat(row(to).nextAttemptAt()).isEqualTo(secondAttempt.plus(Duration.ofMinutes(2)));

        // The server is back, but the message waits for its time.
        startServer();
        sender.sendDue();
        assertThat(receivedBy(to)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        sender.sendDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(to).status()).isEqualTo("SENT");
        assertThat(row(to).lastError()).isNull();
    }

    @Test
    void afterEightFailedAttemptsTheMessageIsFailedAndNoLongerTried() {
        smtp.stop();
        String to = address();
        publish(email("test:givesup:" + UUID.randomUUID(), null, to, "fr", null));

        for (int attempt = 1; attempt <= 8; attempt++) {
            sender.sendDue();
            assertThat(row(to).attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(row(to).status()).isEqualTo("FAILED");

        startServer();
        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(receivedBy(to)).isEmpty();
        assertThat(row(to).status()).isEqualTo("FAILED");
        assertThat(row(to).attempts()).isEqualTo(8);
    }

    @Test
    void anAdminResendsAFailedMessageAndItIsDeliveredOnce() {
        smtp.stop();
        String to = address();
        publish(email("test:resend:" + UUID.randomUUID(), null, to, "fr", null));
        for (int attempt = 1; attempt <= 8; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(row(to).status()).isEqualTo("FAILED");
        UUID id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = ?")
                .param(to)
                .query(UUID.class)
                .single();
        CurrentUser admin =
                new CurrentUser(DemoIds.ACCOUNT_ADMIN, "admin@relais.test", "Agnès", "fr", List.of(RoleGrant.admin()));
        startServer();

        outbox.resend(admin, id);
        assertThat(row(to).status()).isEqualTo("PENDING");
        assertThat(row(to).attempts()).isZero();
        sender.sendDue();
        sender.sendDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(to).status()).isEqualTo("SENT");
        assertThatThrownBy(() -> outbox.resend(admin, id)).isInstanceOf(DomainException.class);
        assertThatThrownBy(
                        () -> outbox.resend(new CurrentUser(UUID.randomUUID(), "m@x.test", "M", "fr", List.of()), id))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMessageInterruptedMidSendIsFailedForAnAdminNotSilentlyResent() {
        String stuck = address();
        String recent = address();
        insertSending(stuck, clock.instant().minus(Duration.ofMinutes(11)));
        insertSending(recent, clock.instant().minus(Duration.ofMinutes(2)));

        sender.sendDue();

        assertThat(row(stuck).status()).isEqualTo("FAILED");
        assertThat(row(stuck).lastError()).contains("Interrupted while sending");
        assertThat(row(recent).status()).isEqualTo("SENDING");
        assertThat(receivedBy(stuck)).isEmpty();
        assertThat(receivedBy(recent)).isEmpty();
    }

    @Test
    void aRecipientWhoOptedOutOfACategoryGetsNoEmailOfItButStillGetsAccountMessages() {
        TestMember member = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        TestMember other = NotificationTestSupport.newMember(jdbc, passwordEncoder, "fr");
        preferences.save(member.asCurrentUser(), Set.of("parcels"), Set.of("orders", "parcels"));

        publish(email("test:optout:orders:" + member.id(), member.id(), member.email(), "fr", "orders"));
        publish(email("test:optout:parcels:" + member.id(), member.id(), member.email(), "fr", "parcels"));
        publish(email("test:optout:reset:" + member.id(), member.id(), member.email(), "fr", null));
        publish(email("test:optout:orders:" + other.id(), other.id(), other.email(), "fr", "orders"));
        sender.sendDue();

        assertThat(receivedBy(member.email())).hasSize(2);
        assertThat(jdbc.sql("SELECT dedup_key FROM mail_outbox WHERE recipient = ?")
                        .param(member.email())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("test:optout:parcels:" + member.id(), "test:optout:reset:" + member.id());
        assertThat(receivedBy(other.email())).hasSize(1);
    }

    @Test
    void twoSendersAtOnceNeverSendAMessageTwice() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = address();
            recipients.add(to);
            publish(email("test:race:" + UUID.randomUUID(), null, to, "fr", null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return sender.sendDue();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        sender.sendDue();

        for (String to : recipients) {
            assertThat(receivedBy(to)).as(to).hasSize(1);
            assertThat(status(to)).isEqualTo("SENT");
        }
    }

    private EmailRequested email(String key, UUID accountId, String to, String language, String category) {
        return new EmailRequested(
                key,
                accountId,
                to,
                language,
                "notification/test",
                "notification.test.mail.subject",
                new Object[] {"Ada"},
                category,
                Map.of("name", "Ada", "link", "https://relais.test/orders/42"));
    }

    private void publish(Object event) {
        NotificationTestSupport.publish(transactions, events, event);
    }

    private void insertSending(String to, Instant since) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, dedup_key, recipient, subject, text_body, html_body, language, status,
                                                 attempts, created_at, next_attempt_at, sending_since)
                        VALUES (?, ?, ?, 'Objet', 'Texte', '<p>Texte</p>', 'fr', 'SENDING', 1, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        "test:stuck:" + UUID.randomUUID(),
                        to,
                        Instants.param(since),
                        Instants.param(since),
                        Instants.param(since))
                .update();
    }

    record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {}

    private Row row(String to) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM mail_outbox WHERE recipient = ?")
                .param(to)
                .query((rs, n) -> new Row(
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        Instants.read(rs, "next_attempt_at"),
                        rs.getString("last_error")))
                .single();
    }

    private String status(String to) {
        return row(to).status();
    }

    private long count(String to) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param(to)
                .query(Long.class)
                .single();
    }

    private static String address() {
        return "dest-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    private static List<MimeMessage> receivedBy(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        Address[] recipients = message.getAllRecipients();
                        return recipients != null
                                && Arrays.stream(recipients)
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }
}
