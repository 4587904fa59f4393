package coop.relais.notification;

import coop.relais.shared.demo.DemoIds;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the notification tests: fresh accounts (tests share one database on PostgreSQL, so they
 * never change the demo people's notices or choices), the test-only messages, and publishing events
 * in a transaction as a module would.
 */
public final class NotificationTestSupport {

    private static volatile String demoPasswordHash;

    private NotificationTestSupport() {}

    /** A member of the Bastide site, created for this test, with the demo password. */
    public static TestMember newMember(JdbcClient jdbc, PasswordEncoder encoder, String language) {
        if (demoPasswordHash == null) {
            demoPasswordHash = encoder.encode(DemoIds.PASSWORD);
        }
        UUID id = UUID.randomUUID();
        String email = "membre-" + id.toString().substring(0, 8) + "@notification.test";
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, ?, ?, TRUE, TRUE, ?)""")
                .params(
                        id,
                        email,
                        "Membre " + id.toString().substring(0, 4),
                        language,
                        demoPasswordHash,
                        Instants.param(now))
                .update();
        jdbc.sql(
                        "INSERT INTO role_grant (id, account_id, role, site_id, organisation_id, granted_at) VALUES (?, ?, ?, ?, NULL, ?)")
                .params(UUID.randomUUID(), id, Role.MEMBER.name(), DemoIds.SITE_BASTIDE, Instants.param(now))
                .update();
        return new TestMember(id, email, language);
    }

    /** The test-only message bundle ({@code i18n/notification-test}), for test notices and the test e-mail. */
    public static void registerTestMessages(MessageSource messages) {
        if (messages instanceof AbstractResourceBasedMessageSource source
                && !source.getBasenameSet().contains("i18n/notification-test")) {
            source.addBasenames("i18n/notification-test");
        }
    }

    public static void publish(TransactionTemplate transactions, ApplicationEventPublisher events, Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    public record TestMember(UUID id, String email, String language) {

        public CurrentUser asCurrentUser() {
            return new CurrentUser(
                    id, email, "Membre", language, List.of(RoleGrant.atSite(Role.MEMBER, DemoIds.SITE_BASTIDE)));
        }
    }
}
