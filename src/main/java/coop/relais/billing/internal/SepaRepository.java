package coop.relais.billing.internal;

import coop.relais.billing.MandateView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mandates, batches and the debits they hold. */
@Repository
public class SepaRepository {

    /** A mandate with its full IBAN, for the debits. */
    public record Mandate(
            UUID id,
            UUID organisationId,
            String reference,
            String debtorName,
            String iban,
            String bic,
            LocalDate signedOn,
            String signedByName,
            boolean active,
            boolean used) {

        public MandateView view() {
            String masked = iban.length() <= 8
                    ? iban
                    : iban.substring(0, 4) + "*".repeat(iban.length() - 8) + iban.substring(iban.length() - 4);
            return new MandateView(id, organisationId, reference, debtorName, masked, signedOn, signedByName, active);
        }
    }

    /** An invoice to collect: what is left to pay on it, and the organisation's active mandate. */
    public record ToCollect(UUID invoiceId, String number, Money amountDue, Money credited, UUID organisationId) {}

    private static final String MANDATE = """
            SELECT id, organisation_id, reference, debtor_name, iban, bic, signed_on, signed_by_name, status, first_used_at
            FROM billing_sepa_mandate
            """;

    private final JdbcClient jdbc;

    SepaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextMandateReference(int year) {
        long n = jdbc.sql("SELECT nextval('billing_mandate_number')")
                .query(Long.class)
                .single();
        return "RELAIS-%d-%06d".formatted(year, n);
    }

    /** Locks the organisation's mandates while one is signed (the previous one is revoked). */
    public void revokeActive(UUID organisationId, Instant at) {
        jdbc.sql(
                        "UPDATE billing_sepa_mandate SET status = 'REVOKED', revoked_at = ? WHERE organisation_id = ? AND status = 'ACTIVE'")
                .params(Instants.param(at), organisationId)
                .update();
    }

    public void insertMandate(
            UUID id,
            UUID organisationId,
            String reference,
            String debtorName,
            String iban,
            String bic,
            LocalDate signedOn,
            UUID signedBy,
            String signedByName) {
        jdbc.sql("""
                        INSERT INTO billing_sepa_mandate (id, organisation_id, reference, debtor_name, iban, bic, signed_on,
                               signed_by, signed_by_name, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                .params(id, organisationId, reference, debtorName, iban, bic, signedOn, signedBy, signedByName)
                .update();
    }

    public Optional<Mandate> activeMandate(UUID organisationId) {
        return jdbc.sql(MANDATE + "WHERE organisation_id = ? AND status = 'ACTIVE' ORDER BY signed_on DESC LIMIT 1")
                .param(organisationId)
                .query((rs, n) -> new Mandate(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("debtor_name"),
                        rs.getString("iban"),
                        rs.getString("bic"),
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getString("signed_by_name"),
                        "ACTIVE".equals(rs.getString("status")),
                        rs.getObject("first_used_at") != null))
                .optional();
    }

    public void markUsed(UUID mandateId, Instant at) {
        jdbc.sql("UPDATE billing_sepa_mandate SET first_used_at = ? WHERE id = ? AND first_used_at IS NULL")
                .params(Instants.param(at), mandateId)
                .update();
    }

    /** The period's invoices not debited yet, with what was credited on them, oldest number first. */
    public List<ToCollect> toCollect(String period) {
        return jdbc.sql("""
                        SELECT i.id, i.number, i.amount_due, i.organisation_id,
                               (SELECT COALESCE(SUM(c.amount_due), 0) FROM billing_invoice c WHERE c.corrects_id = i.id) AS credited
                        FROM billing_invoice i
                        WHERE i.kind = 'INVOICE' AND i.period = ? AND i.organisation_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM billing_sepa_debit d WHERE d.invoice_id = i.id)
                        ORDER BY i.seller_id, i.sequence_no""")
                .param(period)
                .query((rs, n) -> new ToCollect(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        Money.of(rs.getBigDecimal("amount_due")),
                        Money.of(rs.getBigDecimal("credited")),
                        rs.getObject("organisation_id", UUID.class)))
                .list();
    }

    public void insertBatch(
            UUID id,
            String period,
            String messageId,
            LocalDate collectionDate,
            int count,
            Money total,
            byte[] file,
            Instant at,
            UUID by) {
        jdbc.sql("""
                        INSERT INTO billing_sepa_batch (id, period, message_id, collection_date, debit_count, total, file,
                               created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, period, messageId, collectionDate, count, total.amount(), file, Instants.param(at), by)
                .update();
    }

    public void insertDebit(UUID batchId, UUID invoiceId, UUID mandateId, Money amount, boolean first) {
        jdbc.sql("""
                        INSERT INTO billing_sepa_debit (batch_id, invoice_id, mandate_id, amount, sequence_type)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(batchId, invoiceId, mandateId, amount.amount(), first ? "FRST" : "RCUR")
                .update();
    }

    public Optional<byte[]> file(UUID batchId) {
        return jdbc.sql("SELECT file FROM billing_sepa_batch WHERE id = ?")
                .param(batchId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public Optional<coop.relais.billing.SepaBatchView> batch(UUID batchId) {
        return jdbc.sql(
                        "SELECT id, period, message_id, collection_date, debit_count, total FROM billing_sepa_batch WHERE id = ?")
                .param(batchId)
                .query((rs, n) -> new coop.relais.billing.SepaBatchView(
                        rs.getObject("id", UUID.class),
                        rs.getString("period"),
                        rs.getString("message_id"),
                        rs.getObject("collection_date", LocalDate.class),
                        rs.getInt("debit_count"),
                        Money.of(rs.getBigDecimal("total"))))
                .optional();
    }
}
