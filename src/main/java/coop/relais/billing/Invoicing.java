package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.FacturX;
import coop.relais.billing.internal.InvoiceDocument;
import coop.relais.billing.internal.InvoiceMail;
import coop.relais.billing.internal.InvoiceRepository;
import coop.relais.billing.internal.InvoiceSettlement;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewInvoice;
import coop.relais.billing.internal.OpenCharges;
import coop.relais.billing.internal.OpenCharges.OpenCharge;
import coop.relais.billing.internal.RunRepository;
import coop.relais.billing.internal.RunRepository.Run;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoices of client organisations. The monthly run charges the month's subscriptions, then invoices
 * each organisation the charges of its account not invoiced yet, up to the end of the month: one invoice per organisation, numbered in its
 * seller's gapless series inside the transaction that writes it, with its Factur-X file. A run of a
 * month happens once: started again it issues nothing new; cut short (a crash), it resumes where it
 * stopped. It runs by itself on the first of each month, on one node at a time.
 */
@Service
public class Invoicing {

    private static final Logger log = LoggerFactory.getLogger(Invoicing.class);

    /** Days between issue and due date. */
    public static final int PAYMENT_DAYS = 30;

    public static final int PAGE_SIZE = 50;

    private final InvoiceRepository invoices;
    private final OpenCharges open;
    private final RunRepository runs;
    private final Ledger ledger;
    private final BillingParties parties;
    private final Subscriptions subscriptions;
    private final InvoiceMail mail;
    private final MemberInvoices memberInvoices;
    private final InvoiceSettlement settlement;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Invoicing(
            InvoiceRepository invoices,
            OpenCharges open,
            RunRepository runs,
            Ledger ledger,
            BillingParties parties,
            Subscriptions subscriptions,
            InvoiceMail mail,
            MemberInvoices memberInvoices,
            InvoiceSettlement settlement,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.invoices = invoices;
        this.open = open;
        this.runs = runs;
        this.ledger = ledger;
        this.parties = parties;
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.memberInvoices = memberInvoices;
        this.settlement = settlement;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs the month's billing (administrators). */
    public RunResult run(CurrentUser admin, String period) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only administrators run the billing");
        }
        return run(parsePeriod(period), admin.accountId());
    }

    /** On the first of the month, the month just ended. */
    @Scheduled(cron = "${relais.billing.run-cron:0 0 3 1 * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "billing-monthly-run", lockAtMostFor = "PT2H")
    public void runLastMonth() {
        YearMonth last = YearMonth.now(clock.withZone(zone())).minusMonths(1);
        RunResult result = run(last, null);
        log.info("Billing of {}: {} invoices", result.period(), result.invoiceCount());
    }

    RunResult run(YearMonth month, UUID startedBy) {
        String period = month.toString();
        Run run = transactions.execute(status -> runs.startRun(period, startedBy, clock.instant()));
        if (run.done()) {
            return new RunResult(run.id(), period, run.invoiceCount());
        }
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
        transactions.executeWithoutResult(status -> subscriptions.chargeMonth(month));
        for (UUID account : open.organisationAccountsToInvoice(end)) {
            transactions.executeWithoutResult(status -> issueFor(run, month, account, end));
        }
        List<UUID> members = open.memberAccountsToInvoice(end);
        for (int from = 0; from < members.size(); from += MemberInvoices.CHUNK) {
            List<UUID> chunk = members.subList(from, Math.min(members.size(), from + MemberInvoices.CHUNK));
            transactions.executeWithoutResult(status -> memberInvoices.issueFor(run, month, chunk, end));
        }
        transactions.executeWithoutResult(status -> runs.finishRun(run.id(), clock.instant()));
        Run done = runs.run(period).orElseThrow();
        return new RunResult(done.id(), period, done.invoiceCount());
    }

    /** Issues the run's invoice for one account (nothing if it has one already, or nothing to invoice). */
    void issueFor(Run run, YearMonth month, UUID accountId, Instant end) {
        Account account = ledger.lock(accountId);
        LegalParty seller = parties.generalSeller()
                .orElseThrow(() -> new IllegalStateException("No billing entity to issue invoices"));
        if (account.organisationId() == null || open.invoicedInRun(run.id(), accountId, seller.id())) {
            return;
        }
        List<OpenCharge> charges = open.openCharges(accountId, end);
        if (charges.isEmpty()) {
            return;
        }
        LegalParty buyer = parties.client(account.organisationId()).orElseThrow();
        Instant now = clock.instant();
        long sequence = invoices.nextNumber(seller.id());
        InvoiceDocument document = InvoiceDocument.ofMonth(sequence, seller, buyer, charges, month, now, PAYMENT_DAYS);
        FacturX.Files files = FacturX.of(document);
        invoices.insert(
                NewInvoice.ofRun(
                        document,
                        sequence,
                        accountId,
                        account.organisationId(),
                        null,
                        run.id(),
                        month,
                        now,
                        files.pdf(),
                        files.xml()),
                charges.stream().map(OpenCharge::entryId).toList());
        mail.invoiceIssued(
                account.organisationId(),
                document.id(),
                document.number(),
                document.amounts().due(),
                document.dueOn());
    }

    /** Invoices an organisation's client admins (or administrators) may read, newest first. */
    public ResultPage<InvoiceView> list(CurrentUser reader, UUID organisationId, String period, int page) {
        String month =
                period == null || period.isBlank() ? null : parsePeriod(period).toString();
        if (!reader.isAdmin() && organisationId == null) {
            // Anyone else asking for no organisation: their own invoices as a member.
            List<InvoiceView> own = mine(reader).stream()
                    .filter(i -> month == null || month.equals(i.period()))
                    .toList();
            return new ResultPage<>(own, 0, Math.max(own.size(), 1), own.size());
        }
        if (!reader.isAdmin() && !reader.actsFor(Role.CLIENT_ADMIN, organisationId)) {
            throw new NotFoundException("organisation");
        }
        int p = Math.max(page, 0);
        return transactions.execute(status -> new ResultPage<>(
                settlement.withStatus(invoices.list(organisationId, month, PAGE_SIZE, p * PAGE_SIZE)),
                p,
                PAGE_SIZE,
                invoices.count(organisationId, month)));
    }

    /** The member's own invoices and credit notes, newest first (the last two years or so). */
    public List<InvoiceView> mine(CurrentUser member) {
        return transactions.execute(status -> settlement.withStatus(invoices.ofMember(member.accountId(), 30)));
    }

    public InvoiceView find(CurrentUser reader, UUID invoiceId) {
        return transactions.execute(status ->
                settlement.withStatus(List.of(visible(reader, invoiceId))).get(0));
    }

    /** The invoice's PDF as issued, byte for byte (Factur-X for organisations). */
    public byte[] pdf(CurrentUser reader, UUID invoiceId) {
        return transactions.execute(status -> {
            visible(reader, invoiceId);
            return invoices.pdf(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
        });
    }

    /** The invoice's EN 16931 CII XML as issued. */
    public byte[] xml(CurrentUser reader, UUID invoiceId) {
        return transactions.execute(status -> {
            visible(reader, invoiceId);
            return invoices.xml(invoiceId)
                    .filter(x -> x.length > 0)
                    .orElseThrow(() -> new NotFoundException("invoice"));
        });
    }

    public Optional<RunResult> runOf(String period) {
        return runs.run(parsePeriod(period).toString()).map(r -> new RunResult(r.id(), r.period(), r.invoiceCount()));
    }

    private InvoiceView visible(CurrentUser reader, UUID invoiceId) {
        InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
        if (reader.isAdmin()
                || (invoice.organisationId() != null && reader.actsFor(Role.CLIENT_ADMIN, invoice.organisationId()))
                || (invoice.memberId() != null && invoice.memberId().equals(reader.accountId()))) {
            return invoice;
        }
        throw new NotFoundException("invoice");
    }

    /** A month written {@code YYYY-MM} that has ended. */
    YearMonth parsePeriod(String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period == null ? "" : period.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("billing.run.period.invalid");
        }
        if (!month.isBefore(YearMonth.now(clock.withZone(zone())))) {
            throw DomainException.invalid("billing.run.period.notEnded", month.toString());
        }
        return month;
    }

    private static ZoneId zone() {
        return Zones.DEFAULT;
    }
}
