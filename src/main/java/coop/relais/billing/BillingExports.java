package coop.relais.billing;

import coop.relais.billing.internal.B2cSummary;
import coop.relais.billing.internal.SalesJournal;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What billing exports for others (administrators): the sales journal for the accountant, and the
 * month's sales to individuals per VAT rate for e-reporting, as CSV.
 */
@Service
public class BillingExports {

    private final SalesJournal salesJournal;
    private final B2cSummary b2c;
    private final Invoicing invoicing;
    private final TransactionTemplate transactions;

    BillingExports(
            SalesJournal salesJournal,
            B2cSummary b2c,
            Invoicing invoicing,
            PlatformTransactionManager transactionManager) {
        this.salesJournal = salesJournal;
        this.b2c = b2c;
        this.invoicing = invoicing;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The sales journal of the invoices issued between two days, both included (administrators), as CSV. */
    public String salesJournal(CurrentUser admin, String from, String to) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("export");
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (last.isBefore(first) || first.plusYears(2).isBefore(last)) {
            throw DomainException.invalid("billing.export.range");
        }
        return transactions.execute(status -> salesJournal.csv(first, last));
    }

    /**
     * The month's sales to individuals per VAT rate (administrators), for the e-reporting of B2C
     * transactions, as CSV.
     */
    public String b2cSummary(CurrentUser admin, String period) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("export");
        }
        YearMonth month = invoicing.parsePeriod(period);
        return transactions.execute(status -> b2c.csv(month));
    }

    /** A day written 2026-11-01 or 01/11/2026. */
    private static LocalDate day(String text) {
        try {
            return DateInput.date(text).orElseThrow(() -> DomainException.invalid("billing.export.date"));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("billing.export.date");
        }
    }
}
