package coop.relais.billing.internal;

import coop.relais.billing.InvoiceView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices, their lines and files, the number series and the monthly runs. */
@Repository
public class InvoiceRepository {

    private static final String INVOICE = """
            SELECT id, kind, number, organisation_id, member_id, period, issued_on, due_on, service_from, service_to, buyer_name,
                   total_excl_vat, total_vat, total_incl_vat, amount_due, issued_at
            FROM billing_invoice
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RowCreation rows;

    InvoiceRepository(JdbcClient jdbc, JdbcTemplate batch, RowCreation rows) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rows = rows;
    }

    /**
     * The next number of the seller's series, taken under a lock on the series row that holds until the
     * transaction ends: the invoice that takes it is written in the same transaction, so numbers have no
     * gap (a failed issue rolls its number back) and follow the order of issue.
     */
    public long nextNumber(UUID sellerId) {
        Optional<Long> current = lockSeries(sellerId);
        if (current.isEmpty()) {
            // The seller's first invoice: its series starts (once, whoever gets there first).
            rows.insertIfAbsent(
                    "INSERT INTO billing_invoice_series (billing_entity_id, last_number) VALUES (?, 0)", sellerId);
            current = lockSeries(sellerId);
        }
        long last = current.orElseThrow();
        jdbc.sql("UPDATE billing_invoice_series SET last_number = ? WHERE billing_entity_id = ?")
                .params(last + 1, sellerId)
                .update();
        return last + 1;
    }

    private Optional<Long> lockSeries(UUID sellerId) {
        return jdbc.sql("SELECT last_number FROM billing_invoice_series WHERE billing_entity_id = ? FOR UPDATE")
                .param(sellerId)
                .query(Long.class)
                .optional();
    }

    /**
     * Takes the next {@code count} numbers of the seller's series at once, under the same lock as {@link
     * #nextNumber}: the invoices that take them are written in the same transaction.
     *
     * @return the first of them
     */
    public long nextNumbers(UUID sellerId, int count) {
        long first = nextNumber(sellerId);
        if (count > 1) {
            jdbc.sql("UPDATE billing_invoice_series SET last_number = ? WHERE billing_entity_id = ?")
                    .params(first + count - 1, sellerId)
                    .update();
        }
        return first;
    }

    /** What a credit note needs to know of the invoice it corrects. */
    public record Issued(
            UUID id,
            String kind,
            UUID sellerId,
            UUID accountId,
            UUID organisationId,
            UUID memberId,
            String number,
            String period,
            LocalDate issuedOn,
            LocalDate serviceFrom,
            LocalDate serviceTo,
            Money amountDue) {}

    /** A line of an issued invoice. */
    public record IssuedLine(String description, BigDecimal vatRate, Money gross) {}

    public Optional<Issued> issued(UUID id) {
        return jdbc.sql("""
                        SELECT id, kind, seller_id, account_id, organisation_id, member_id, number, period, issued_on, service_from,
                               service_to, amount_due
                        FROM billing_invoice WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Issued(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("seller_id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("number"),
                        rs.getString("period"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("service_from", LocalDate.class),
                        rs.getObject("service_to", LocalDate.class),
                        Money.of(rs.getBigDecimal("amount_due"))))
                .optional();
    }

    public List<IssuedLine> lines(UUID invoiceId) {
        return jdbc.sql(
                        "SELECT description, vat_rate, gross_amount FROM billing_invoice_line WHERE invoice_id = ? ORDER BY position")
                .param(invoiceId)
                .query((rs, n) -> new IssuedLine(
                        rs.getString("description"),
                        rs.getBigDecimal("vat_rate"),
                        Money.of(rs.getBigDecimal("gross_amount"))))
                .list();
    }

    /** What the credit notes of an invoice add up to. */
    public Money credited(UUID invoiceId) {
        return Money.of(jdbc.sql("SELECT COALESCE(SUM(amount_due), 0) FROM billing_invoice WHERE corrects_id = ?")
                .param(invoiceId)
                .query(BigDecimal.class)
                .single());
    }

    public void insert(NewInvoice invoice, List<UUID> sourceEntries) {
        insertAll(List.of(invoice), java.util.Collections.singletonList(sourceEntries));
    }

    /**
     * Writes invoices and their lines in two batches.
     *
     * @param sourceEntries for each invoice, the tab line each of its lines invoices (null for a credit note)
     */
    public void insertAll(List<NewInvoice> issued, List<List<UUID>> sourceEntries) {
        List<Object[]> invoiceRows = new ArrayList<>();
        List<Object[]> lineRows = new ArrayList<>();
        for (int n = 0; n < issued.size(); n++) {
            NewInvoice invoice = issued.get(n);
            var amounts = invoice.amounts();
            invoiceRows.add(new Object[] {
                invoice.id(),
                invoice.kind(),
                invoice.sellerId(),
                invoice.sequenceNo(),
                invoice.number(),
                invoice.accountId(),
                invoice.organisationId(),
                invoice.memberId(),
                invoice.runId(),
                invoice.period(),
                invoice.issuedOn(),
                Instants.param(invoice.issuedAt()),
                invoice.dueOn(),
                invoice.serviceFrom(),
                invoice.serviceTo(),
                invoice.buyerName(),
                amounts.totalExclVat().amount(),
                amounts.totalVat().amount(),
                amounts.totalInclVat().amount(),
                amounts.rounding().amount(),
                amounts.due().amount(),
                invoice.pdf(),
                invoice.xml(),
                invoice.correctsId(),
                invoice.reason()
            });
            List<UUID> sources = sourceEntries.get(n);
            for (int i = 0; i < amounts.lines().size(); i++) {
                var line = amounts.lines().get(i);
                lineRows.add(new Object[] {
                    invoice.id(),
                    i + 1,
                    line.description(),
                    line.vatRate(),
                    line.net().amount(),
                    line.gross().amount(),
                    sources == null ? null : sources.get(i)
                });
            }
        }
        batch.batchUpdate("""
                        INSERT INTO billing_invoice (id, kind, seller_id, sequence_no, number, account_id, organisation_id, member_id,
                               run_id, period, issued_on, issued_at, due_on, service_from, service_to, buyer_name,
                               total_excl_vat, total_vat, total_incl_vat, rounding_amount, amount_due, pdf, xml, corrects_id,
                               reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invoiceRows);
        batch.batchUpdate("""
                        INSERT INTO billing_invoice_line (invoice_id, position, description, vat_rate, net_amount, gross_amount,
                               source_entry_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", lineRows);
    }

    public Optional<InvoiceView> find(UUID id) {
        return jdbc.sql(INVOICE + "WHERE id = ?")
                .param(id)
                .query(InvoiceRepository::view)
                .optional();
    }

    /** An organisation's invoices (or every organisation's), newest first, optionally of one period. */
    public List<InvoiceView> list(UUID organisationId, String period, int limit, int offset) {
        InvoiceFilter filter = new InvoiceFilter(organisationId, period);
        List<Object> params = new java.util.ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(INVOICE + filter.where() + " ORDER BY issued_at DESC, sequence_no DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(InvoiceRepository::view)
                .list();
    }

    /** A member's own invoices, newest first: at most {@code limit}. */
    public List<InvoiceView> ofMember(UUID memberId, int limit) {
        return jdbc.sql(INVOICE + "WHERE member_id = ? ORDER BY issued_at DESC, sequence_no DESC LIMIT ?")
                .params(memberId, limit)
                .query(InvoiceRepository::view)
                .list();
    }

    public long count(UUID organisationId, String period) {
        InvoiceFilter filter = new InvoiceFilter(organisationId, period);
        return jdbc.sql("SELECT COUNT(*) FROM billing_invoice " + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    public Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("SELECT pdf FROM billing_invoice WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public Optional<byte[]> xml(UUID id) {
        return jdbc.sql("SELECT xml FROM billing_invoice WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static InvoiceView view(ResultSet rs, int row) throws SQLException {
        return new InvoiceView(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("number"),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("period"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("service_from", LocalDate.class),
                rs.getObject("service_to", LocalDate.class),
                rs.getString("buyer_name"),
                Money.of(rs.getBigDecimal("total_excl_vat")),
                Money.of(rs.getBigDecimal("total_vat")),
                Money.of(rs.getBigDecimal("total_incl_vat")),
                Money.of(rs.getBigDecimal("amount_due")),
                "ISSUED",
                Money.ZERO);
    }
}
