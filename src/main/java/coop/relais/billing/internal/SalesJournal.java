package coop.relais.billing.internal;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sales journal for the accountant: one line per invoice (or credit note) and VAT rate, in the
 * columns of the French FEC where they apply, separated by semicolons with decimal commas. Credit notes
 * are negative. The VAT of a line is the invoice's VAT for that rate (net × rate, rounded once).
 */
@Repository
public class SalesJournal {

    static final String HEADER = "JournalCode;JournalLib;EcritureNum;EcritureDate;CompteNum;CompteLib;CompAuxNum;"
            + "CompAuxLib;PieceRef;PieceDate;EcritureLib;TauxTVA;MontantHT;MontantTVA;MontantTTC;Idevise";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    SalesJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            String number,
            String kind,
            LocalDate issuedOn,
            UUID organisationId,
            String buyer,
            BigDecimal rate,
            BigDecimal net) {}

    /** The journal of the invoices issued from {@code from} to {@code to} (both included), as CSV. */
    public String csv(LocalDate from, LocalDate to) {
        List<Row> rows = jdbc.sql("""
                        SELECT i.number, i.kind, i.issued_on, i.organisation_id, i.buyer_name, l.vat_rate, SUM(l.net_amount) AS net
                        FROM billing_invoice i JOIN billing_invoice_line l ON l.invoice_id = i.id
                        WHERE i.issued_on >= ? AND i.issued_on <= ?
                        GROUP BY i.number, i.kind, i.issued_on, i.organisation_id, i.buyer_name, l.vat_rate, i.sequence_no
                        ORDER BY i.issued_on, i.sequence_no, l.vat_rate""")
                .params(from, to)
                .query((rs, n) -> new Row(
                        rs.getString("number"),
                        rs.getString("kind"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("buyer_name"),
                        rs.getBigDecimal("vat_rate"),
                        rs.getBigDecimal("net")))
                .list();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Row row : rows) {
            boolean credit = "CREDIT_NOTE".equals(row.kind());
            Money net = Money.of(row.net());
            Money vat = InvoiceArithmetic.vat(net, row.rate());
            Money gross = net.plus(vat);
            if (credit) {
                net = net.negated();
                vat = vat.negated();
                gross = gross.negated();
            }
            csv.append(String.join(
                            ";",
                            "VE",
                            "Ventes",
                            row.number(),
                            DAY.format(row.issuedOn()),
                            "706000",
                            "Prestations de services",
                            row.organisationId() == null
                                    ? ""
                                    : "C"
                                            + row.organisationId()
                                                    .toString()
                                                    .substring(0, 8)
                                                    .toUpperCase(),
                            field(row.buyer()),
                            row.number(),
                            DAY.format(row.issuedOn()),
                            field((credit ? "Avoir " : "Facture ") + row.number() + " TVA "
                                    + row.rate()
                                            .stripTrailingZeros()
                                            .toPlainString()
                                            .replace('.', ',') + " %"),
                            row.rate().stripTrailingZeros().toPlainString().replace('.', ','),
                            decimal(net),
                            decimal(vat),
                            decimal(gross),
                            "EUR"))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String decimal(Money money) {
        return money.amount().toPlainString().replace('.', ',');
    }

    /** A text field without the separator, quotes or line breaks that would break the line. */
    private static String field(String text) {
        return text == null ? "" : text.replaceAll("[;\"\\r\\n]", " ");
    }
}
