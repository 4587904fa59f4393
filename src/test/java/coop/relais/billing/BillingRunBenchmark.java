package coop.relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly run's benchmark (bench/run-billing-bench.sh), not a test: it runs only with
 * {@code -Drelais.bench.billing=true}, prints its figures and checks nothing about time. It seeds a month
 * of usage for N organisations (10 charges each, two VAT rates) and M member tabs (3 charges each), then
 * times the run that invoices them all (Factur-X PDF/A-3 for organisations, a plain PDF for members), at
 * two sizes (a quarter, then all) to show how it grows.
 */
@SpringBootTest
class BillingRunBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Invoicing invoicing;

    private static final CurrentUser ADMIN = new CurrentUser(
            coop.relais.shared.demo.DemoIds.ACCOUNT_ADMIN,
            "admin@relais.test",
            "Admin",
            "fr",
            List.of(new RoleGrant(Role.ADMIN, null, null)));

    @Test
    void monthlyRun() {
        Assumptions.assumeTrue(Boolean.getBoolean("relais.bench.billing"), "benchmark: -Drelais.bench.billing=true");
        int members = Integer.getInteger("relais.bench.members", 50_000);
        int organisationsAll = Integer.getInteger("relais.bench.organisations", 1_000);
        YearMonth small = YearMonth.of(2024, 1);
        YearMonth large = YearMonth.of(2024, 2);
        for (var size : List.of(
                new Object[] {small, organisationsAll / 4, members / 4},
                new Object[] {large, organisationsAll, members})) {
            YearMonth month = (YearMonth) size[0];
            int organisations = (Integer) size[1];
            int tabs = (Integer) size[2];
            long seed = System.nanoTime();
            seedOrganisations(organisations, month);
            seedMembers(tabs, month);
            // Rows written by the hundred thousand in a second leave the planner's statistics behind; a
            // database that grew over months has them up to date (autovacuum). Measure that one.
            analyze();
            System.out.printf(
                    "BENCH seeded %s: %,d organisations (10 charges each), %,d member tabs (3 charges each) in %.1f s%n",
                    month, organisations, tabs, (System.nanoTime() - seed) / 1e9);
            long start = System.nanoTime();
            RunResult result = invoicing.run(ADMIN, month.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.invoiceCount()).isGreaterThanOrEqualTo(organisations + tabs);
            System.out.printf(
                    "BENCH monthly run of %s: %,d invoices (%,d organisations in Factur-X, %,d members in PDF) in %.1f s:"
                            + " %.1f invoices/s%n",
                    month, result.invoiceCount(), organisations, tabs, seconds, result.invoiceCount() / seconds);
        }
    }

    private void analyze() {
        try (var connection = jdbc.getDataSource().getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                jdbc.execute("ANALYZE");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seedOrganisations(int count, YearMonth month) {
        List<Object[]> organisations = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            UUID organisation = UUID.randomUUID();
            UUID account = UUID.randomUUID();
            organisations.add(new Object[] {organisation, "Entreprise " + month + " n° " + i, now});
            BigDecimal balance = BigDecimal.ZERO;
            for (int e = 1; e <= 10; e++) {
                BigDecimal amount = new BigDecimal(e % 2 == 0 ? "24.00" : "7.35");
                balance = balance.add(amount);
                entries.add(entry(account, e, amount, balance, e % 3 == 0 ? "10" : "20", month, e));
            }
            accounts.add(new Object[] {account, organisation, balance, 10, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO client_organisation (id, kind, legal_name, siret, vat_number, street, postal_code, city, active, created_at)
                VALUES (?, 'EMPLOYER', ?, '41225368400010', 'FR06412253684', '1 rue du Port', '33300', 'Bordeaux', TRUE, ?)""", organisations);
        jdbc.batchUpdate(
                "INSERT INTO billing_account (id, organisation_id, balance, entry_count, opened_at) VALUES (?, ?, ?, ?, ?)",
                accounts);
        insertEntries(entries);
    }

    private void seedMembers(int count, YearMonth month) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < count; from += 5000) {
            List<Object[]> people = new ArrayList<>();
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> entries = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 5000); i++) {
                UUID person = UUID.randomUUID();
                UUID account = UUID.randomUUID();
                people.add(new Object[] {person, "bench-" + person + "@relais.test", "Membre " + i, now});
                BigDecimal balance = BigDecimal.ZERO;
                for (int e = 1; e <= 3; e++) {
                    BigDecimal amount = new BigDecimal("4.90");
                    balance = balance.add(amount);
                    entries.add(entry(account, e, amount, balance, "20", month, e));
                }
                accounts.add(new Object[] {account, person, balance, 3, now});
            }
            jdbc.batchUpdate("""
                    INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                    VALUES (?, ?, ?, 'fr', 'x', TRUE, TRUE, ?)""", people);
            jdbc.batchUpdate(
                    "INSERT INTO billing_account (id, member_id, balance, entry_count, opened_at) VALUES (?, ?, ?, ?, ?)",
                    accounts);
            insertEntries(entries);
        }
    }

    private static Object[] entry(
            UUID account, int number, BigDecimal amount, BigDecimal balance, String rate, YearMonth month, int day) {
        Instant at =
                month.atDay(day).atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        return new Object[] {
            UUID.randomUUID(),
            account,
            (long) number,
            amount,
            balance,
            "CMD-BENCH — Pressing — chemise (× 3)",
            UUID.randomUUID(),
            amount,
            new BigDecimal(rate),
            Instants.param(at),
            Instants.param(at)
        };
    }

    private void insertEntries(List<Object[]> entries) {
        jdbc.batchUpdate("""
                INSERT INTO billing_entry (id, account_id, entry_no, kind, amount, balance_after, description, source_type,
                       source_id, source_line, payer_share, line_amount, paid_by_others, vat_rate, occurred_at, posted_at)
                VALUES (?, ?, ?, 'CHARGE', ?, ?, ?, 'REQUEST', ?, 0, 'HOLDER', ?, 0, ?, ?, ?)""", entries);
    }
}
