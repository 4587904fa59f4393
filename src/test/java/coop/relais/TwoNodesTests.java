package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import coop.relais.desk.DeskFixtures;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelView;
import coop.relais.desk.RegisterParcel;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.internal.OutboxSender;
import coop.relais.shared.demo.DemoIds;
import coop.relais.support.Mailbox;
import coop.relais.support.WebLogin;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * Relais as it runs in production with several nodes (README, "Several nodes"): two application
 * instances on their own ports and connection pools, sharing nothing but one PostgreSQL database
 * (and, for the e-mail check, one SMTP server). A session signed in on one node is honoured by the
 * other; a ShedLock-guarded job triggered on both nodes at the same moment runs on one; an outbox
 * e-mail both senders go for at the same moment is sent once; an event publication both nodes try
 * to resubmit is completed once.
 *
 * <p>On H2 every context has a database of its own, so this runs on PostgreSQL only
 * ({@code -Ppostgres}, Spring profile {@code pgtest}). The nodes' own schedules are off: the test
 * triggers each job on both nodes at once. Other test contexts of the suite stay cached on the same
 * database with their schedules running (ADR 0007); where one of them could take a lock or a
 * message at the wrong moment the test says how it keeps them out.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*pgtest.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    /** One clock for both nodes (they share the database, so they share the time), moved by the tests. */
    static final ShiftableClock CLOCK = new ShiftableClock();

    private GreenMail smtp;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoNodes() {
        smtp = new GreenMail(new ServerSetup(Mailbox.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        a = node("relais-node-a");
        b = node("relais-node-b");
    }

    @AfterAll
    void stopTwoNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    private ConfigurableApplicationContext node(String name) {
        // Command-line arguments, so that they win over application-pgtest.properties.
        return new SpringApplicationBuilder(RelaisApplication.class, NodeConfiguration.class)
                .run(
                        "--spring.application.name=" + name,
                        "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=3",
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        // The test triggers the jobs itself, on both nodes at the same moment.
                        "--relais.mail.poll-interval=1h",
                        "--relais.events.resubmit-interval=PT1H",
                        "--relais.events.purge-cron=-",
                        "--relais.desk.parcel-reminders.cron=-",
                        "--relais.identity.cleanup-cron=-");
    }

    // 1. Sessions

    @Test
    void aSessionSignedInOnOneNodeIsHonouredByTheOther() throws Exception {
        HttpResponse<String> form = get(a, "/login", null);
        assertThat(form.statusCode()).isEqualTo(200);
        String anonymous = sessionCookie(form).orElseThrow(() -> new AssertionError("no session for the login form"));

        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("email", "habitant@relais.test");
        credentials.put("password", WebLogin.PASSWORD);
        credentials.put("_csrf", csrf(form.body()));
        HttpResponse<String> login = post(a, "/login", anonymous, credentials);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("signed in, not sent back to the form").doesNotContain("/login");
        String session = sessionCookie(login).orElseThrow(() -> new AssertionError("no session cookie at sign-in"));

        // Node B never saw this sign-in: it knows the person from the session stored in the database.
        HttpResponse<String> profile = get(b, "/profile", session);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("habitant@relais.test");
        // The page does need a signed-in session: none, or the one from before signing in, is sent to the form.
        assertThat(location(get(b, "/profile", null))).contains("/login");
        assertThat(location(get(b, "/profile", anonymous))).contains("/login");

        // Signing out on node B ends the session on node A too.
        HttpResponse<String> logout = post(b, "/logout", session, Map.of("_csrf", csrf(profile.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).contains("/login?logout");
        assertThat(location(get(a, "/profile", session))).contains("/login");
    }

    // 2. A job guarded by ShedLock

    @Test
    void aScheduledJobTriggeredOnBothNodesAtOnceRunsOnOne() throws Exception {
        DeskFixtures fixtures = new DeskFixtures(a.getBean(RelaisUserDetailsService.class), jdbc());
        ParcelView parcel = a.getBean(ParcelManagement.class)
                .register(
                        fixtures.user("concierge@relais.test"),
                        new RegisterParcel(
                                DemoIds.SITE_BASTIDE,
                                DemoIds.ACCOUNT_HABITANT,
                                "Colissimo",
                                DeskFixtures.tracking(),
                                ParcelSize.SMALL,
                                "G",
                                false));
        String reminder = "parcel:" + parcel.id() + ":reminder";
        CLOCK.shift(Duration.ofDays(4)); // a reminder is due after three days
        String lock = "desk-parcel-reminders";
        // A previous run holds it for 30 s after it started (lockAtLeastFor), as ParcelRemindersTests knows.
        jdbc().sql("DELETE FROM shedlock WHERE name = ?").param(lock).update();
        try {
            int ran = untilOneOfThemRuns(lock, node -> invoke(node, "parcelReminderJob", "run"));

            assertThat(ran).as("nodes that took the lock and ran the job").isEqualTo(1);
            // The reminders themselves are idempotent (row lock, dedup key): one e-mail, one timestamp.
            assertThat(fixtures.mailCount(reminder)).isEqualTo(1);
            assertThat(fixtures.rows("SELECT reminded_at FROM desk_parcel WHERE id = ?", parcel.id()))
                    .singleElement()
                    .satisfies(row -> assertThat(row.get("reminded_at")).isNotNull());
        } finally {
            jdbc().sql("DELETE FROM shedlock WHERE name = ?").param(lock).update();
        }
    }

    // 3. The e-mail outbox

    @Test
    void anOutboxEmailBothNodesSendAtOnceArrivesOnce() throws Exception {
        // The other contexts of the suite poll the outbox under this lock (browser tests with an SMTP
        // server of their own): holding it keeps them away from these messages while both nodes here
        // run their senders without it, as two nodes would if the lock expired mid-batch.
        SimpleLock outboxLock = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> a.getBean(LockProvider.class)
                                .lock(new LockConfiguration(
                                        Instant.now(), "mail-outbox-sender", Duration.ofMinutes(2), Duration.ZERO)),
                        Optional::isPresent)
                .orElseThrow();
        List<String> recipients = new ArrayList<>();
        try {
            NotificationTestSupport.registerTestMessages(a.getBean(MessageSource.class));
            for (int i = 0; i < 10; i++) {
                String to = "deux-noeuds-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
                recipients.add(to);
                EmailRequested email = new EmailRequested(
                        "test:two-nodes:" + UUID.randomUUID(),
                        null,
                        to,
                        "fr",
                        "notification/test",
                        "notification.test.mail.subject",
                        new Object[] {"Ada"},
                        null,
                        Map.of("name", "Ada", "link", "https://relais.test/orders/42"));
                a.getBean(TransactionTemplate.class).executeWithoutResult(status -> a.publishEvent(email));
            }
            assertThat(recipients)
                    .allSatisfy(to -> assertThat(outbox(to).status()).isEqualTo("PENDING"));

            // Both senders at once, again while any of these messages waits (older messages of other
            // tests may come first in a batch).
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                onBothAtOnce(node -> node.getBean(OutboxSender.class).sendDue());
                return recipients.stream()
                        .noneMatch(to -> "PENDING".equals(outbox(to).status()));
            });
        } finally {
            outboxLock.unlock();
        }

        for (String to : recipients) {
            assertThat(received(to)).as("e-mails received by " + to).isEqualTo(1);
            Outbox row = outbox(to);
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).as("claimed once").isEqualTo(1);
        }
    }

    // 4. The event publication registry

    @Test
    void anEventPublicationBothNodesTryToResubmitIsCompletedOnce() throws Exception {
        UUID id = UUID.randomUUID();
        a.getBean(TransactionTemplate.class).executeWithoutResult(status -> a.publishEvent(new SomethingHappened(id)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> FlakyReaction.attempts(id) == 1 && publications(id, false) == 1 && idle(a));
        assertThat(FlakyReaction.successes(id)).isZero();
        int resubmissionsBefore = resubmissions(id);

        CLOCK.shift(Duration.ofMinutes(6)); // older than relais.events.resubmit-after (5 minutes)
        int ran = untilOneOfThemRuns(
                "event-publications-resubmit",
                node -> invoke(node, "eventPublicationMaintenance", "resubmitIncomplete"));
        assertThat(ran).as("nodes that took the lock and resubmitted").isEqualTo(1);

        // Wait until the reaction is done and neither node has anything left running or queued.
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(id, true) == 1 && idle(a) && idle(b));
        assertThat(FlakyReaction.successes(id))
                .as("reactions that went through")
                .isEqualTo(1);
        assertThat(FlakyReaction.attempts(id))
                .as("the failed one, then one more")
                .isEqualTo(2);
        assertThat(publications(id, false)).isZero();
        assertThat(resubmissions(id)).isEqualTo(resubmissionsBefore + 1);
        assertThat(jdbc().sql("SELECT status FROM event_publication WHERE serialized_event LIKE ?")
                        .param("%" + id + "%")
                        .query(String.class)
                        .list())
                .containsExactly("COMPLETED");
    }

    // Running things on both nodes at the same moment

    /**
     * Runs {@code job} on both nodes at the same moment, again if neither took {@code lock} (another
     * context of the suite held it for a moment), and returns how many of the two took it.
     */
    private int untilOneOfThemRuns(String lock, Consumer<ConfigurableApplicationContext> job) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            int before = acquisitions(lock);
                            onBothAtOnce(job);
                            return acquisitions(lock) - before;
                        },
                        ran -> ran > 0);
    }

    // 5. Bookings

    @Test
    void fiftyBookingsAskedOnTwoNodesAtOnceForOverlappingSlotsMakeOne() throws Exception {
        org.springframework.jdbc.core.simple.JdbcClient jdbc =
                a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        UUID site = coop.relais.support.TestSites.create(jdbc, "Europe/Paris");
        UUID room = UUID.randomUUID();
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        a.getBean(coop.relais.booking.internal.ResourceRepository.class)
                .insert(
                        new coop.relais.booking.ResourceView(
                                room,
                                site,
                                "Salle disputée " + room,
                                coop.relais.booking.ResourceKind.ROOM,
                                null,
                                null,
                                15,
                                240,
                                0,
                                60,
                                java.time.LocalTime.of(8, 0),
                                java.time.LocalTime.of(20, 0),
                                null,
                                false,
                                paris,
                                null,
                                null),
                        new java.math.BigDecimal("20"),
                        Instant.now());
        java.time.LocalDate day = java.time.LocalDate.now(paris).plusDays(5);
        List<coop.relais.shared.security.CurrentUser> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                            VALUES (?, ?, 'Course', 'fr', 'x', TRUE, TRUE, ?)""")
                    .params(id, "course-" + id + "@booking.test", java.sql.Timestamp.from(Instant.now()))
                    .update();
            people.add(new coop.relais.shared.security.CurrentUser(
                    id,
                    "course-" + id + "@booking.test",
                    "Course",
                    "fr",
                    List.of(coop.relais.shared.security.RoleGrant.atSite(
                            coop.relais.shared.security.Role.MEMBER, site))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
                coop.relais.shared.security.CurrentUser who = people.get(i);
                Instant from = day.atTime(10, (i % 4) * 15).atZone(paris).toInstant();
                asks.add(pool.submit(() -> {
                    start.await();
                    try {
                        node.getBean(coop.relais.booking.Bookings.class)
                                .book(who, room, from, from.plusSeconds(3600), null);
                        return true;
                    } catch (coop.relais.shared.DomainException taken) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int made = 0;
            for (Future<Boolean> ask : asks) {
                made += ask.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ? AND status = 'CONFIRMED'")
                        .param(room)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    private int acquisitions(String lock) {
        return ((CountingLockProvider) a.getBean(LockProvider.class)).acquisitions(lock)
                + ((CountingLockProvider) b.getBean(LockProvider.class)).acquisitions(lock);
    }

    private void onBothAtOnce(Consumer<ConfigurableApplicationContext> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    job.accept(node);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls a public method of a bean as the scheduler does: through its proxy, so through ShedLock. */
    private static void invoke(ConfigurableApplicationContext node, String beanName, String methodName) {
        Object bean = node.getBean(beanName);
        assertThat(AopUtils.isAopProxy(bean))
                .as(beanName + " is proxied by ShedLock")
                .isTrue();
        Method method = ReflectionUtils.findMethod(bean.getClass(), methodName);
        assertThat(method).as(beanName + "." + methodName).isNotNull();
        ReflectionUtils.makeAccessible(method);
        ReflectionUtils.invokeMethod(method, bean);
    }

    /** No task running or waiting on the node's executor (where module listeners run). */
    private static boolean idle(ConfigurableApplicationContext node) {
        ThreadPoolTaskExecutor executor = node.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        return executor.getActiveCount() == 0
                && executor.getThreadPoolExecutor().getQueue().isEmpty();
    }

    // The database

    private JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    record Outbox(String status, int attempts) {}

    private Outbox outbox(String to) {
        return jdbc().sql("SELECT status, attempts FROM mail_outbox WHERE recipient = ?")
                .param(to)
                .query((rs, n) -> new Outbox(rs.getString("status"), rs.getInt("attempts")))
                .single();
    }

    private long publications(UUID id, boolean complete) {
        return jdbc().sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS "
                        + (complete ? "NOT NULL" : "NULL"))
                .param("%" + id + "%")
                .query(Long.class)
                .single();
    }

    private int resubmissions(UUID id) {
        return jdbc().sql(
                        "SELECT COALESCE(completion_attempts, 0) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + id + "%")
                .query(Integer.class)
                .single();
    }

    private long received(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addressedTo(message, to))
                .count();
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(address -> address.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // HTTP against the real ports

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
                .header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(
            ConfigurableApplicationContext node, String path, String session, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length()).split(";", 2)[0])
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    /** The CSRF token of a page: the login form's hidden field, or the layout's meta tag. */
    private static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    // What each node gets on top of the application

    @Configuration(proxyBeanMethods = false)
    static class NodeConfiguration {

        @Bean
        @Primary
        Clock twoNodesClock() {
            return CLOCK;
        }

        @Bean
        FlakyReaction flakyReaction() {
            return new FlakyReaction();
        }

        /** Counts the locks each node's ShedLock provider grants, by lock name. */
        @Bean
        static BeanPostProcessor countingLockProvider() {
            return new CountingLockProviderPostProcessor();
        }
    }

    static final class CountingLockProviderPostProcessor implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof LockProvider provider && !(bean instanceof CountingLockProvider)
                    ? new CountingLockProvider(provider)
                    : bean;
        }

        @Override
        public int getOrder() {
            return PriorityOrdered.HIGHEST_PRECEDENCE;
        }
    }

    static final class CountingLockProvider implements LockProvider {

        private final LockProvider delegate;
        private final Map<String, AtomicInteger> acquired = new ConcurrentHashMap<>();

        CountingLockProvider(LockProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = delegate.lock(configuration);
            lock.ifPresent(granted -> acquired.computeIfAbsent(configuration.getName(), name -> new AtomicInteger())
                    .incrementAndGet());
            return lock;
        }

        int acquisitions(String name) {
            AtomicInteger count = acquired.get(name);
            return count == null ? 0 : count.get();
        }
    }

    /** An event of this test alone. */
    record SomethingHappened(UUID id) {}

    /** Another module's reaction that fails on its first attempt (a remote service is down), on either node. */
    static class FlakyReaction {

        private static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
        private static final Map<UUID, AtomicInteger> SUCCESSES = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (attempt == 1) {
                throw new IllegalStateException("The first attempt fails (a remote service is down)");
            }
            SUCCESSES.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }

        static int attempts(UUID id) {
            AtomicInteger count = ATTEMPTS.get(id);
            return count == null ? 0 : count.get();
        }

        static int successes(UUID id) {
            AtomicInteger count = SUCCESSES.get(id);
            return count == null ? 0 : count.get();
        }
    }

    /** The system clock, shifted by what a test asks for. */
    static final class ShiftableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void shift(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
