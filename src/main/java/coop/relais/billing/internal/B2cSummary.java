package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Charge;
import coop.relais.billing.internal.InvoiceArithmetic.RateTotal;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The month's sales to individuals (members' shares of the services delivered to them) per VAT rate,
 * for the e-reporting of B2C transactions: for each rate, the amount VAT included, the taxable amount
 * and the VAT, computed like an invoice's (VAT on the sum of the nets). As CSV, semicolons, decimal
 * commas.
 */
@Repository
public class B2cSummary {

    private final JdbcClient jdbc;

    B2cSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String csv(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(Zones.DEFAULT).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Zones.DEFAULT).toInstant();
        List<Charge> totals = jdbc.sql("""
                        SELECT e.vat_rate, SUM(e.amount) AS gross, COUNT(*) AS lines FROM billing_entry e
                        JOIN billing_account a ON a.id = e.account_id
                        WHERE a.member_id IS NOT NULL AND e.kind = 'CHARGE' AND e.amount > 0
                          AND e.occurred_at >= ? AND e.occurred_at < ?
                        GROUP BY e.vat_rate ORDER BY e.vat_rate""")
                .params(coop.relais.shared.jdbc.Instants.param(from), coop.relais.shared.jdbc.Instants.param(to))
                .query((rs, n) -> new Charge(
                        rs.getLong("lines") + " lignes",
                        Money.of(rs.getBigDecimal("gross")),
                        rs.getBigDecimal("vat_rate") == null ? new BigDecimal("20") : rs.getBigDecimal("vat_rate")))
                .list();
        InvoiceArithmetic.Amounts amounts = InvoiceArithmetic.of(totals);
        StringBuilder csv = new StringBuilder("Periode;TauxTVA;MontantTTC;MontantHT;MontantTVA;Idevise\r\n");
        for (RateTotal rate : amounts.rates()) {
            Money gross = rate.net().plus(rate.vat());
            csv.append(String.join(
                            ";",
                            month.toString(),
                            rate.vatRate().stripTrailingZeros().toPlainString().replace('.', ','),
                            decimal(gross),
                            decimal(rate.net()),
                            decimal(rate.vat()),
                            "EUR"))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String decimal(Money money) {
        return money.amount().toPlainString().replace('.', ',');
    }
}
