package coop.relais.billing.internal;

import coop.relais.billing.PaymentMethod;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments taken at the desk, never changed once written. */
@Repository
public class PaymentRepository {

    /** A payment as stored, with the Idempotency-Key it was taken with (if any). */
    public record StoredPayment(
            UUID id,
            String receiptNumber,
            UUID accountId,
            Money amount,
            PaymentMethod method,
            UUID siteId,
            String payerName,
            UUID takenBy,
            String takenByName,
            Instant takenAt,
            String idempotencyKey,
            String requestHash,
            UUID checkoutId) {}

    private static final String SELECT = """
            SELECT id, receipt_number, account_id, amount, method, site_id, payer_name, taken_by, taken_by_name,
                   taken_at, idem_key, request_hash, checkout_id
            FROM billing_payment
            """;

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next receipt number of the year, e.g. {@code REC-2026-000012}. */
    public String nextReceiptNumber(int year) {
        long value = jdbc.sql("SELECT nextval('billing_receipt_number')")
                .query(Long.class)
                .single();
        return "REC-%d-%06d".formatted(year, value);
    }

    public void insert(StoredPayment payment) {
        jdbc.sql("""
                        INSERT INTO billing_payment (id, receipt_number, account_id, amount, method, site_id, payer_name,
                               taken_by, taken_by_name, taken_at, idem_key, request_hash, checkout_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        payment.id(),
                        payment.receiptNumber(),
                        payment.accountId(),
                        payment.amount().amount(),
                        payment.method().name(),
                        payment.siteId(),
                        payment.payerName(),
                        payment.takenBy(),
                        payment.takenByName(),
                        Instants.param(payment.takenAt()),
                        payment.idempotencyKey(),
                        payment.requestHash(),
                        payment.checkoutId())
                .update();
    }

    public Optional<StoredPayment> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(PaymentRepository::payment)
                .optional();
    }

    /** The payment a person already took with this Idempotency-Key. */
    public Optional<StoredPayment> findByKey(UUID takenBy, String key) {
        return jdbc.sql(SELECT + "WHERE taken_by = ? AND idem_key = ?")
                .params(takenBy, key)
                .query(PaymentRepository::payment)
                .optional();
    }

    private static StoredPayment payment(ResultSet rs, int row) throws SQLException {
        return new StoredPayment(
                rs.getObject("id", UUID.class),
                rs.getString("receipt_number"),
                rs.getObject("account_id", UUID.class),
                Money.of(rs.getBigDecimal("amount")),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getObject("site_id", UUID.class),
                rs.getString("payer_name"),
                rs.getObject("taken_by", UUID.class),
                rs.getString("taken_by_name"),
                Instants.read(rs, "taken_at"),
                rs.getString("idem_key"),
                rs.getString("request_hash"),
                rs.getObject("checkout_id", UUID.class));
    }
}
