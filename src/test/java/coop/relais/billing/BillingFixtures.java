package coop.relais.billing;

import coop.relais.orders.OrderDelivered;
import coop.relais.orders.OrderLine;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Members of their own and deliveries for billing tests (tests share the database, so each makes its own). */
record BillingFixtures(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {

    /** A new member of the site (no password: reached through the facades and API authentication). */
    UUID newMember(UUID siteId) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, 'fr', 'x', TRUE, TRUE, ?)""")
                .params(
                        id,
                        "membre-" + id + "@billing.test",
                        "Membre " + id.toString().substring(0, 6),
                        Instants.param(now))
                .update();
        jdbc.sql("INSERT INTO role_grant (id, account_id, role, site_id, granted_at) VALUES (?, ?, 'MEMBER', ?, ?)")
                .params(UUID.randomUUID(), id, siteId, Instants.param(now))
                .update();
        return id;
    }

    static CurrentUser member(UUID id, UUID siteId) {
        return new CurrentUser(id, "m@billing.test", "Membre", "fr", List.of(RoleGrant.atSite(Role.MEMBER, siteId)));
    }

    static CurrentUser admin() {
        return new CurrentUser(
                coop.relais.shared.demo.DemoIds.ACCOUNT_ADMIN,
                "admin@relais.test",
                "Admin",
                "fr",
                List.of(new RoleGrant(Role.ADMIN, null, null)));
    }

    /** A client organisation of its own, with a SIRET and a VAT number. */
    UUID newOrganisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO client_organisation (id, kind, legal_name, siret, vat_number, street, postal_code, city, active, created_at)
                        VALUES (?, 'EMPLOYER', ?, '41225368400010', 'FR06412253684', '45 avenue de la Jallère', '33300', 'Bordeaux', TRUE, ?)""")
                .params(id, name + " " + id.toString().substring(0, 6), Instants.param(Instant.now()))
                .update();
        return id;
    }

    static CurrentUser concierge(UUID siteId) {
        return new CurrentUser(
                coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE2,
                "concierge2@relais.test",
                "Sandrine Morel",
                "fr",
                List.of(RoleGrant.atSite(Role.CONCIERGE, siteId)));
    }

    /** A line paid by the member alone. */
    static OrderLine memberLine(int position, String amount) {
        Money money = Money.euros(amount);
        return new OrderLine(
                position, "Chemise", 1, money, money, new BigDecimal("20"), money, Money.ZERO, null, Money.ZERO, null);
    }

    /** A line split between the member, their employer and the site owner. */
    static OrderLine splitLine(
            int position, String member, String employer, UUID employerId, String owner, UUID ownerId) {
        Money m = Money.euros(member);
        Money e = Money.euros(employer);
        Money o = Money.euros(owner);
        Money total = m.plus(e).plus(o);
        return new OrderLine(
                position, "Repassage", 1, total, total, new BigDecimal("10"), m, e, employerId, o, ownerId);
    }

    OrderDelivered delivered(UUID siteId, UUID memberId, OrderLine... lines) {
        UUID orderId = UUID.randomUUID();
        return new OrderDelivered(
                orderId,
                "CMD-TEST-" + orderId.toString().substring(0, 6),
                siteId,
                memberId,
                null,
                List.of(lines),
                Instant.now());
    }

    /**
     * Publishes the event in a transaction of its own, as the module that owns it does, and waits until
     * billing has reacted (its listeners run after the commit, on another thread).
     */
    void publish(Object event) {
        // Only the publications from now on: one left incomplete by an earlier test of the shared context (a
        // lock wait, a failure waiting for resubmission) must not hold up this one.
        Instant since = Instant.now().minusMillis(50);
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> count("""
                                SELECT COUNT(*) FROM event_publication
                                WHERE listener_id LIKE '%ChargePosting%' AND completion_date IS NULL
                                  AND publication_date >= ?""", coop.relais.shared.jdbc.Instants.param(since)) == 0);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
