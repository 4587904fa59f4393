package coop.relais.billing.internal;

import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The seals of the desks' days. A seal's digest is the SHA-256 of the payments it covers, one canonical
 * line each (id, receipt, amount, method, time, in the order they were taken); its hash is the SHA-256
 * of the previous seal's hash and its own fields. Verifying recomputes both from the payments as they
 * are now.
 */
@Repository
public class DeskSeals {

    /** A seal as stored. */
    public record Seal(
            UUID id,
            UUID siteId,
            UUID closingEntryId,
            LocalDate businessDate,
            Instant sealedFrom,
            Instant sealedTo,
            int paymentCount,
            Money paymentTotal,
            String paymentsDigest,
            UUID previousSealId,
            String previousHash,
            String sealHash,
            Instant sealedAt) {}

    /** A seal checked against the payments as they are now. */
    public record Checked(Seal seal, boolean intact) {}

    private static final String SELECT = """
            SELECT id, site_id, closing_entry_id, business_date, sealed_from, sealed_to, payment_count, payment_total,
                   payments_digest, previous_seal_id, previous_hash, seal_hash, sealed_at
            FROM billing_desk_seal
            """;

    private final JdbcClient jdbc;
    private final RowCreation rows;

    DeskSeals(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Seals the site's payments up to the closing; once per closing, whatever the deliveries. */
    public void seal(UUID siteId, UUID closingEntryId, LocalDate businessDate, Instant closing, Instant now) {
        // Milliseconds, as the hash writes it, whatever precision the database keeps.
        Instant closedAt = closing.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (jdbc.sql("SELECT COUNT(*) FROM billing_desk_seal WHERE closing_entry_id = ?")
                        .param(closingEntryId)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Optional<Seal> previous = latest(siteId);
        Instant from = previous.map(Seal::sealedTo).orElse(null);
        List<String> lines = paymentLines(siteId, from, closedAt);
        Money total = total(siteId, from, closedAt);
        String digest = sha256(String.join("\n", lines));
        String previousHash = previous.map(Seal::sealHash).orElse(null);
        UUID id = UUID.randomUUID();
        String hash =
                sealHash(previousHash, siteId, closingEntryId, businessDate, closedAt, lines.size(), total, digest);
        rows.insertIfAbsent(
                """
                INSERT INTO billing_desk_seal (id, site_id, closing_entry_id, business_date, sealed_from, sealed_to,
                       payment_count, payment_total, payments_digest, previous_seal_id, previous_hash, seal_hash, sealed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                siteId,
                closingEntryId,
                businessDate,
                Instants.param(from),
                Instants.param(closedAt),
                lines.size(),
                total.amount(),
                digest,
                previous.map(Seal::id).orElse(null),
                previousHash,
                hash,
                Instants.param(now));
    }

    /** The site's seals, newest first, each checked with the chain from the first one. */
    public List<Checked> verify(UUID siteId) {
        List<Seal> seals = jdbc.sql(SELECT + "WHERE site_id = ? ORDER BY sealed_to, sealed_at")
                .param(siteId)
                .query(DeskSeals::seal)
                .list();
        List<Checked> checked = new ArrayList<>();
        String previousHash = null;
        UUID previousId = null;
        boolean chainIntact = true;
        for (Seal seal : seals) {
            List<String> lines = paymentLines(siteId, seal.sealedFrom(), seal.sealedTo());
            Money total = total(siteId, seal.sealedFrom(), seal.sealedTo());
            String digest = sha256(String.join("\n", lines));
            String hash = sealHash(
                    previousHash,
                    siteId,
                    seal.closingEntryId(),
                    seal.businessDate(),
                    seal.sealedTo(),
                    lines.size(),
                    total,
                    digest);
            boolean intact = chainIntact
                    && digest.equals(seal.paymentsDigest())
                    && hash.equals(seal.sealHash())
                    && java.util.Objects.equals(previousId, seal.previousSealId());
            chainIntact = intact;
            checked.add(new Checked(seal, intact));
            previousHash = seal.sealHash();
            previousId = seal.id();
        }
        java.util.Collections.reverse(checked);
        return checked;
    }

    private Optional<Seal> latest(UUID siteId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? ORDER BY sealed_to DESC, sealed_at DESC LIMIT 1")
                .param(siteId)
                .query(DeskSeals::seal)
                .optional();
    }

    private List<String> paymentLines(UUID siteId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT id, receipt_number, account_id, amount, method, taken_at FROM billing_payment
                        WHERE site_id = ? AND taken_at > ? AND taken_at <= ? ORDER BY taken_at, id""")
                .params(siteId, Instants.param(from == null ? Instant.EPOCH : from), Instants.param(to))
                .query((rs, n) -> String.join(
                        "|",
                        rs.getString("id"),
                        rs.getString("receipt_number"),
                        rs.getString("account_id"),
                        rs.getBigDecimal("amount").setScale(2).toPlainString(),
                        rs.getString("method"),
                        String.valueOf(Instants.read(rs, "taken_at").toEpochMilli())))
                .list();
    }

    private Money total(UUID siteId, Instant from, Instant to) {
        return Money.of(jdbc.sql("""
                        SELECT COALESCE(SUM(amount), 0) FROM billing_payment
                        WHERE site_id = ? AND taken_at > ? AND taken_at <= ?""")
                .params(siteId, Instants.param(from == null ? Instant.EPOCH : from), Instants.param(to))
                .query(java.math.BigDecimal.class)
                .single());
    }

    private static String sealHash(
            String previousHash,
            UUID siteId,
            UUID closingEntryId,
            LocalDate businessDate,
            Instant closedAt,
            int count,
            Money total,
            String digest) {
        return sha256(String.join(
                "|",
                previousHash == null ? "" : previousHash,
                siteId.toString(),
                closingEntryId.toString(),
                businessDate.toString(),
                String.valueOf(closedAt.toEpochMilli()),
                String.valueOf(count),
                total.amount().toPlainString(),
                digest));
    }

    /** The SHA-256 of the text, in hexadecimal. */
    public static String sha256(String text) {
        return coop.relais.shared.Sha256.hex(text);
    }

    private static Seal seal(ResultSet rs, int row) throws SQLException {
        return new Seal(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("closing_entry_id", UUID.class),
                rs.getObject("business_date", LocalDate.class),
                Instants.read(rs, "sealed_from"),
                Instants.read(rs, "sealed_to"),
                rs.getInt("payment_count"),
                Money.of(rs.getBigDecimal("payment_total")),
                rs.getString("payments_digest"),
                rs.getObject("previous_seal_id", UUID.class),
                rs.getString("previous_hash"),
                rs.getString("seal_hash"),
                Instants.read(rs, "sealed_at"));
    }
}
