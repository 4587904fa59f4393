package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.Holders;
import coop.relais.billing.internal.InvoiceArithmetic;
import coop.relais.billing.internal.InvoiceArithmetic.Charge;
import coop.relais.billing.internal.InvoiceDocument;
import coop.relais.billing.internal.InvoicePdf;
import coop.relais.billing.internal.InvoiceRepository;
import coop.relais.billing.internal.InvoiceRepository.NewInvoice;
import coop.relais.billing.internal.InvoiceRepository.OpenCharge;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.RunRepository.Run;
import coop.relais.billing.internal.TabAllocation;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Members' monthly invoices, issued by the monthly run: each member's own share of what was delivered
 * to them and not yet invoiced. Personal services are invoiced by the billing entity declared for them,
 * the rest by the general one, each in its own number series; the PDF also says what the member has
 * already paid of it on their tab and what is left.
 */
@Component
class MemberInvoices {

    private final InvoiceRepository invoices;
    private final CertificateRepository tabs;
    private final Ledger ledger;
    private final Holders holders;
    private final BillingParties parties;
    private final Clock clock;

    MemberInvoices(
            InvoiceRepository invoices,
            CertificateRepository tabs,
            Ledger ledger,
            Holders holders,
            BillingParties parties,
            Clock clock) {
        this.invoices = invoices;
        this.tabs = tabs;
        this.ledger = ledger;
        this.holders = holders;
        this.parties = parties;
        this.clock = clock;
    }

    /** Issues the run's invoices for one member's account (none again for a seller that already has one). */
    void issueFor(Run run, YearMonth month, UUID accountId, Instant end) {
        Account account = ledger.lock(accountId);
        if (account.memberId() == null) {
            return;
        }
        LegalParty general = parties.generalSeller()
                .orElseThrow(() -> new IllegalStateException("No billing entity to issue invoices"));
        LegalParty personal = parties.personalServicesSeller().orElse(general);
        Map<Boolean, List<OpenCharge>> bySeller = invoices.openCharges(accountId, end).stream()
                .collect(Collectors.partitioningBy(OpenCharge::personalService));
        Map<UUID, Money> unpaid = null;
        for (boolean personalServices : new boolean[] {false, true}) {
            List<OpenCharge> charges = bySeller.get(personalServices);
            LegalParty seller = personalServices ? personal : general;
            if (charges.isEmpty() || invoices.invoicedInRun(run.id(), accountId, seller.id())) {
                continue;
            }
            unpaid = unpaid == null ? unpaidEntries(accountId) : unpaid;
            issue(run, month, account, seller, charges, unpaid);
        }
    }

    private void issue(
            Run run,
            YearMonth month,
            Account account,
            LegalParty seller,
            List<OpenCharge> charges,
            Map<UUID, Money> unpaid) {
        LegalParty buyer = holders.memberParty(account.memberId());
        InvoiceArithmetic.Amounts amounts = InvoiceArithmetic.of(charges.stream()
                .map(c -> new Charge(c.description(), c.amount(), c.vatRate()))
                .toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.DEFAULT);
        LocalDate firstCharge = LocalDate.ofInstant(charges.get(0).occurredAt(), Zones.DEFAULT);
        LocalDate serviceFrom = firstCharge.isBefore(month.atDay(1)) ? firstCharge : month.atDay(1);
        long sequence = invoices.nextNumber(seller.id());
        String number = "F-%d-%06d".formatted(today.getYear(), sequence);
        UUID id = UUID.randomUUID();
        InvoiceDocument document = new InvoiceDocument(
                id,
                false,
                number,
                today,
                today.plusDays(Invoicing.PAYMENT_DAYS),
                serviceFrom,
                month.atEndOfMonth(),
                seller,
                buyer,
                amounts,
                null,
                null);
        Money left = charges.stream()
                .map(c -> unpaid.getOrDefault(c.entryId(), Money.ZERO))
                .reduce(Money.ZERO, Money::plus)
                .min(amounts.due());
        Money paid = amounts.due().minus(left);
        byte[] pdf = InvoicePdf.plain(
                document,
                List.of(
                        "",
                        "Déjà réglé sur votre ardoise : " + InvoicePdf.euros(paid),
                        left.isZero()
                                ? "Facture acquittée."
                                : "Reste à payer : " + InvoicePdf.euros(left)
                                        + " — en ligne depuis votre ardoise ou à la conciergerie."));
        invoices.insert(
                new NewInvoice(
                        id,
                        "INVOICE",
                        seller.id(),
                        sequence,
                        number,
                        account.id(),
                        null,
                        account.memberId(),
                        run.id(),
                        month.toString(),
                        today,
                        now,
                        document.dueOn(),
                        serviceFrom,
                        document.serviceTo(),
                        buyer.legalName(),
                        amounts,
                        pdf,
                        null,
                        null,
                        null),
                charges.stream().map(OpenCharge::entryId).toList());
    }

    /** What is still unpaid of each charge of the tab since it was last settled, from its allocation. */
    private Map<UUID, Money> unpaidEntries(UUID accountId) {
        return TabAllocation.allocate(tabs.openEntries(accountId)).stream()
                .collect(Collectors.toMap(c -> c.entry().id(), TabAllocation.Charge::unpaid));
    }
}
