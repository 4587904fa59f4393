package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.B2cSummary;
import coop.relais.billing.internal.FacturX;
import coop.relais.billing.internal.InvoiceArithmetic;
import coop.relais.billing.internal.InvoiceArithmetic.Charge;
import coop.relais.billing.internal.InvoiceDocument;
import coop.relais.billing.internal.InvoiceRepository;
import coop.relais.billing.internal.InvoiceRepository.NewInvoice;
import coop.relais.billing.internal.InvoiceRepository.OpenCharge;
import coop.relais.billing.internal.InvoiceRepository.Run;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.SalesJournal;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.Zones;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.DateInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Ledger ledger;
    private final BillingParties parties;
    private final SalesJournal salesJournal;
    private final Subscriptions subscriptions;
    private final B2cSummary b2c;
    private final AccountDirectory people;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Invoicing(
            InvoiceRepository invoices,
            Ledger ledger,
            BillingParties parties,
            SalesJournal salesJournal,
            Subscriptions subscriptions,
            B2cSummary b2c,
            AccountDirectory people,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.salesJournal = salesJournal;
        this.subscriptions = subscriptions;
        this.b2c = b2c;
        this.people = people;
        this.events = events;
        this.links = links;
        this.invoices = invoices;
        this.ledger = ledger;
        this.parties = parties;
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
        Run run = transactions.execute(status -> invoices.startRun(period, startedBy, clock.instant()));
        if (run.done()) {
            return new RunResult(run.id(), period, run.invoiceCount());
        }
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
        transactions.executeWithoutResult(status -> subscriptions.chargeMonth(month));
        for (UUID account : invoices.organisationAccountsToInvoice(end)) {
            transactions.executeWithoutResult(status -> issueFor(run, month, account, end));
        }
        transactions.executeWithoutResult(status -> invoices.finishRun(run.id(), clock.instant()));
        Run done = invoices.run(period).orElseThrow();
        return new RunResult(done.id(), period, done.invoiceCount());
    }

    /** Issues the run's invoice for one account (nothing if it has one already, or nothing to invoice). */
    void issueFor(Run run, YearMonth month, UUID accountId, Instant end) {
        Account account = ledger.lock(accountId);
        if (account.organisationId() == null || invoices.invoicedInRun(run.id(), accountId)) {
            return;
        }
        List<OpenCharge> charges = invoices.openCharges(accountId, end);
        if (charges.isEmpty()) {
            return;
        }
        LegalParty seller = parties.generalSeller()
                .orElseThrow(() -> new IllegalStateException("No billing entity to issue invoices"));
        LegalParty buyer = parties.client(account.organisationId()).orElseThrow();
        InvoiceArithmetic.Amounts amounts = InvoiceArithmetic.of(charges.stream()
                .map(c -> new Charge(c.description(), c.amount(), c.vatRate()))
                .toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone());
        LocalDate firstCharge = LocalDate.ofInstant(charges.get(0).occurredAt(), zone());
        LocalDate serviceFrom = firstCharge.isBefore(month.atDay(1)) ? firstCharge : month.atDay(1);
        long sequence = invoices.nextNumber(seller.id());
        String number = "F-%d-%06d".formatted(today.getYear(), sequence);
        UUID id = UUID.randomUUID();
        InvoiceDocument document = new InvoiceDocument(
                id,
                false,
                number,
                today,
                today.plusDays(PAYMENT_DAYS),
                serviceFrom,
                month.atEndOfMonth(),
                seller,
                buyer,
                amounts,
                null,
                null);
        FacturX.Files files = FacturX.of(document);
        invoices.insert(
                new NewInvoice(
                        id,
                        "INVOICE",
                        seller.id(),
                        sequence,
                        number,
                        accountId,
                        account.organisationId(),
                        run.id(),
                        month.toString(),
                        today,
                        now,
                        document.dueOn(),
                        serviceFrom,
                        document.serviceTo(),
                        buyer.legalName(),
                        amounts,
                        files.pdf(),
                        files.xml(),
                        null,
                        null),
                charges.stream().map(OpenCharge::entryId).toList());
        tellTheClientAdmins(account.organisationId(), id, number, amounts.due(), document.dueOn());
    }

    /** E-mails each client admin of the organisation that its invoice is issued, in the same transaction. */
    private void tellTheClientAdmins(UUID organisationId, UUID invoiceId, String number, Money due, LocalDate dueOn) {
        for (AccountSummary admin : people.holdersForOrganisation(Role.CLIENT_ADMIN, organisationId)) {
            if (admin.email() == null) {
                continue;
            }
            Locale locale = "en".equals(admin.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
            events.publishEvent(new EmailRequested(
                    "invoice:" + invoiceId + ":issued:" + admin.id(),
                    admin.id(),
                    admin.email(),
                    admin.language(),
                    "billing/invoice-issued",
                    "billing.mail.invoice.subject",
                    new Object[] {number},
                    BillingNotifications.CATEGORY,
                    Map.of(
                            "recipientName", admin.displayName(),
                            "number", number,
                            "amount", NumberFormat.getCurrencyInstance(locale).format(due.amount()),
                            "dueOn", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(dueOn),
                            "link", links.to("/billing/invoices?organisationId=" + organisationId))));
        }
    }

    /**
     * Issues a credit note on an invoice (administrators): the whole of what is left to credit, or part
     * of it shared among the invoice's VAT rates in proportion. It takes the next number of the invoice's
     * series, cites the invoice, and lowers what the organisation owes; the invoice itself never changes.
     */
    public InvoiceView creditNote(CurrentUser admin, UUID invoiceId, BigDecimal amount, String reason) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("invoice");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            throw DomainException.invalid("billing.credit.reason");
        }
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("billing.credit.amount");
        }
        return transactions.execute(status -> {
            InvoiceRepository.Issued invoice =
                    invoices.issued(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
            if (!"INVOICE".equals(invoice.kind())) {
                throw new DomainException("billing.credit.notAnInvoice");
            }
            ledger.lock(invoice.accountId());
            Money left = invoice.amountDue().minus(invoices.credited(invoiceId));
            Money credit = Money.of(amount);
            if (credit.compareTo(left) > 0) {
                throw DomainException.invalid("billing.credit.tooMuch", left.amount());
            }
            List<Charge> lines = creditLines(invoice, credit, left, why);
            InvoiceArithmetic.Amounts amounts = InvoiceArithmetic.of(lines);
            LegalParty seller = parties.seller(invoice.sellerId()).orElseThrow();
            LegalParty buyer = parties.client(invoice.organisationId()).orElseThrow();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone());
            long sequence = invoices.nextNumber(seller.id());
            String number = "AV-%d-%06d".formatted(today.getYear(), sequence);
            UUID id = UUID.randomUUID();
            InvoiceDocument document = new InvoiceDocument(
                    id,
                    true,
                    number,
                    today,
                    today,
                    invoice.serviceFrom(),
                    invoice.serviceTo(),
                    seller,
                    buyer,
                    amounts,
                    invoice.number(),
                    invoice.issuedOn());
            FacturX.Files files = FacturX.of(document);
            invoices.insert(
                    new NewInvoice(
                            id,
                            "CREDIT_NOTE",
                            seller.id(),
                            sequence,
                            number,
                            invoice.accountId(),
                            invoice.organisationId(),
                            null,
                            invoice.period(),
                            today,
                            now,
                            today,
                            invoice.serviceFrom(),
                            invoice.serviceTo(),
                            buyer.legalName(),
                            amounts,
                            files.pdf(),
                            files.xml(),
                            invoiceId,
                            why),
                    null);
            ledger.post(
                    invoice.accountId(),
                    NewEntry.credit(
                            id,
                            "Avoir %s sur la facture %s : %s".formatted(number, invoice.number(), why),
                            number,
                            amounts.due(),
                            now));
            return invoices.find(id).orElseThrow();
        });
    }

    /** What is left to credit on an invoice (administrators): its amount less its credit notes. */
    public Money leftToCredit(CurrentUser admin, UUID invoiceId) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("invoice");
        }
        return transactions.execute(status -> {
            InvoiceRepository.Issued invoice =
                    invoices.issued(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
            return "INVOICE".equals(invoice.kind())
                    ? invoice.amountDue().minus(invoices.credited(invoiceId))
                    : Money.ZERO;
        });
    }

    /** The whole invoice again when all of it is credited; else the amount shared among its rates. */
    private List<Charge> creditLines(InvoiceRepository.Issued invoice, Money credit, Money left, String why) {
        List<InvoiceRepository.IssuedLine> lines = invoices.lines(invoice.id());
        if (credit.equals(invoice.amountDue()) && left.equals(invoice.amountDue())) {
            return lines.stream()
                    .map(l -> new Charge(l.description(), l.gross(), l.vatRate()))
                    .toList();
        }
        Map<BigDecimal, Money> byRate = new TreeMap<>();
        Money total = Money.ZERO;
        for (var line : lines) {
            byRate.merge(line.vatRate().stripTrailingZeros(), line.gross(), Money::plus);
            total = total.plus(line.gross());
        }
        List<Charge> charges = new ArrayList<>();
        Money shared = Money.ZERO;
        int i = 0;
        for (var rate : byRate.entrySet()) {
            Money part = ++i == byRate.size()
                    ? credit.minus(shared)
                    : new Money(credit.amount()
                            .multiply(rate.getValue().amount())
                            .divide(total.amount(), 2, RoundingMode.HALF_UP));
            shared = shared.plus(part);
            if (!part.isZero()) {
                charges.add(new Charge(
                        "Avoir sur la facture %s (TVA %s %%) : %s"
                                .formatted(
                                        invoice.number(),
                                        rate.getKey().toPlainString().replace('.', ','),
                                        why),
                        part,
                        rate.getKey()));
            }
        }
        return charges;
    }

    /** Invoices an organisation's client admins (or administrators) may read, newest first. */
    public ResultPage<InvoiceView> list(CurrentUser reader, UUID organisationId, String period, int page) {
        String month =
                period == null || period.isBlank() ? null : parsePeriod(period).toString();
        if (!reader.isAdmin() && (organisationId == null || !reader.actsFor(Role.CLIENT_ADMIN, organisationId))) {
            throw new NotFoundException("organisation");
        }
        int p = Math.max(page, 0);
        return transactions.execute(status -> new ResultPage<>(
                invoices.list(organisationId, month, PAGE_SIZE, p * PAGE_SIZE),
                p,
                PAGE_SIZE,
                invoices.count(organisationId, month)));
    }

    public InvoiceView find(CurrentUser reader, UUID invoiceId) {
        return transactions.execute(status -> visible(reader, invoiceId));
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
        YearMonth month = parsePeriod(period);
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

    public Optional<RunResult> runOf(String period) {
        return invoices.run(parsePeriod(period).toString())
                .map(r -> new RunResult(r.id(), r.period(), r.invoiceCount()));
    }

    private InvoiceView visible(CurrentUser reader, UUID invoiceId) {
        InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
        if (reader.isAdmin()
                || (invoice.organisationId() != null && reader.actsFor(Role.CLIENT_ADMIN, invoice.organisationId()))) {
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
