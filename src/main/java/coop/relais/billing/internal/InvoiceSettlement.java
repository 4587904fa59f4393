package coop.relais.billing.internal;

import coop.relais.billing.InvoiceView;
import coop.relais.shared.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether invoices are paid: an invoice is what its lines' charges are on the tab, and the tab's
 * allocation ({@link TabAllocation}) says how much of each charge is still unpaid. An invoice is {@code
 * PAID} when nothing of its charges is left, {@code PARTLY_PAID} when some is, {@code UNPAID} when all
 * is; a credit note is {@code ISSUED}.
 */
@Component
public class InvoiceSettlement {

    public static final String PAID = "PAID";
    public static final String PARTLY_PAID = "PARTLY_PAID";
    public static final String UNPAID = "UNPAID";
    public static final String ISSUED = "ISSUED";

    private final JdbcClient jdbc;
    private final CertificateRepository tabs;

    InvoiceSettlement(JdbcClient jdbc, CertificateRepository tabs) {
        this.jdbc = jdbc;
        this.tabs = tabs;
    }

    /** The invoices, each with its status and what is left to pay of it, read with three statements. */
    public List<InvoiceView> withStatus(List<InvoiceView> invoices) {
        List<UUID> ids = invoices.stream()
                .filter(i -> "INVOICE".equals(i.kind()))
                .map(InvoiceView::id)
                .toList();
        if (ids.isEmpty()) {
            return invoices;
        }
        Map<UUID, UUID> accountOf = new HashMap<>();
        Map<UUID, List<UUID>> chargesOf = new HashMap<>();
        jdbc.sql("""
                        SELECT i.id, i.account_id, l.source_entry_id FROM billing_invoice i
                        JOIN billing_invoice_line l ON l.invoice_id = i.id
                        WHERE i.id IN (:ids) AND l.source_entry_id IS NOT NULL""").param("ids", ids).query(rs -> {
            UUID invoice = rs.getObject("id", UUID.class);
            accountOf.put(invoice, rs.getObject("account_id", UUID.class));
            chargesOf.computeIfAbsent(invoice, k -> new ArrayList<>()).add(rs.getObject("source_entry_id", UUID.class));
        });
        Map<UUID, Money> unpaid = new HashMap<>();
        if (!accountOf.isEmpty()) {
            tabs.openEntries(accountOf.values().stream().distinct().toList())
                    .values()
                    .forEach(entries -> TabAllocation.allocate(entries)
                            .forEach(c -> unpaid.put(c.entry().id(), c.unpaid())));
        }
        return invoices.stream()
                .map(i -> {
                    if (!"INVOICE".equals(i.kind())) {
                        return i.withStatus(ISSUED, Money.ZERO);
                    }
                    Money left = chargesOf.getOrDefault(i.id(), List.of()).stream()
                            .map(charge -> unpaid.getOrDefault(charge, Money.ZERO))
                            .reduce(Money.ZERO, Money::plus)
                            .min(i.amountDue());
                    String status = left.isZero() ? PAID : left.compareTo(i.amountDue()) >= 0 ? UNPAID : PARTLY_PAID;
                    return i.withStatus(status, left);
                })
                .toList();
    }
}
