package coop.relais.billing;

import coop.relais.billing.internal.FacturX;
import coop.relais.billing.internal.Holders;
import coop.relais.billing.internal.InvoiceArithmetic;
import coop.relais.billing.internal.InvoiceArithmetic.Charge;
import coop.relais.billing.internal.InvoiceDocument;
import coop.relais.billing.internal.InvoicePdf;
import coop.relais.billing.internal.InvoiceRepository;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.NewInvoice;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit notes on organisations' invoices (administrators): all of what is left to credit, or part of
 * it shared among the invoice's VAT rates. A credit note takes the next number of the invoice's series,
 * cites the invoice, is a valid Factur-X (type 381), and lowers what the organisation owes; the invoice
 * itself never changes.
 */
@Service
public class CreditNotes {

    private final InvoiceRepository invoices;
    private final Ledger ledger;
    private final BillingParties parties;
    private final Holders holders;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CreditNotes(
            InvoiceRepository invoices,
            Ledger ledger,
            BillingParties parties,
            Holders holders,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.parties = parties;
        this.holders = holders;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
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
            LegalParty buyer = invoice.organisationId() == null
                    ? holders.memberParty(invoice.memberId())
                    : parties.client(invoice.organisationId()).orElseThrow();
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
            // Factur-X for an organisation; a plain PDF for a member, like their invoice.
            FacturX.Files files = invoice.organisationId() == null
                    ? new FacturX.Files(InvoicePdf.plain(document, List.of()), null)
                    : FacturX.of(document);
            invoices.insert(
                    new NewInvoice(
                            id,
                            "CREDIT_NOTE",
                            seller.id(),
                            sequence,
                            number,
                            invoice.accountId(),
                            invoice.organisationId(),
                            invoice.memberId(),
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

    private static ZoneId zone() {
        return Zones.DEFAULT;
    }
}
