package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.InvoiceArithmetic;
import coop.relais.billing.internal.InvoiceDocument;
import coop.relais.billing.internal.InvoicePdf;
import coop.relais.billing.internal.InvoiceRepository;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewInvoice;
import coop.relais.billing.internal.OpenCharges;
import coop.relais.billing.internal.OpenCharges.OpenCharge;
import coop.relais.billing.internal.RunRepository.Run;
import coop.relais.billing.internal.TabAllocation;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Members' monthly invoices, issued by the monthly run: each member's own share of what was delivered
 * to them and not yet invoiced. Personal services are invoiced by the billing entity declared for them,
 * the rest by the general one, each in its own number series; the PDF also says what the member has
 * already paid of it on their tab and what is left. Members are invoiced a hundred at a time, each
 * hundred read, numbered and written with a handful of statements in one transaction.
 */
@Component
class MemberInvoices {

    /** How many members' accounts are invoiced in one transaction. */
    static final int CHUNK = 100;

    private final InvoiceRepository invoices;
    private final OpenCharges open;
    private final CertificateRepository tabs;
    private final Ledger ledger;
    private final AccountDirectory people;
    private final BillingParties parties;
    private final Clock clock;

    MemberInvoices(
            InvoiceRepository invoices,
            OpenCharges open,
            CertificateRepository tabs,
            Ledger ledger,
            AccountDirectory people,
            BillingParties parties,
            Clock clock) {
        this.invoices = invoices;
        this.open = open;
        this.tabs = tabs;
        this.ledger = ledger;
        this.people = people;
        this.parties = parties;
        this.clock = clock;
    }

    /** One invoice to issue: an account's open charges for one seller. */
    private record Draft(Account account, LegalParty seller, List<OpenCharge> charges) {}

    /**
     * Issues the run's invoices for some members' accounts, in the caller's transaction (none again for
     * a seller that already has one for an account in this run).
     */
    void issueFor(Run run, YearMonth month, List<UUID> accountIds, Instant end) {
        LegalParty general = parties.generalSeller()
                .orElseThrow(() -> new IllegalStateException("No billing entity to issue invoices"));
        LegalParty personal = parties.personalServicesSeller().orElse(general);
        List<Account> accounts = ledger.lockAll(accountIds);
        Map<UUID, List<OpenCharge>> charges = open.openCharges(accountIds, end);
        Map<UUID, Set<UUID>> done = open.invoicedInRun(run.id(), accountIds);
        List<Draft> drafts = new ArrayList<>();
        for (Account account : accounts) {
            if (account.memberId() == null) {
                continue;
            }
            Map<Boolean, List<OpenCharge>> bySeller = charges.getOrDefault(account.id(), List.of()).stream()
                    .collect(Collectors.partitioningBy(OpenCharge::personalService));
            for (boolean personalServices : new boolean[] {false, true}) {
                LegalParty seller = personalServices ? personal : general;
                List<OpenCharge> ofSeller = bySeller.get(personalServices);
                if (!ofSeller.isEmpty()
                        && !done.getOrDefault(account.id(), Set.of()).contains(seller.id())) {
                    drafts.add(new Draft(account, seller, ofSeller));
                }
            }
        }
        if (drafts.isEmpty()) {
            return;
        }
        Map<UUID, String> names = people
                .findAll(drafts.stream().map(d -> d.account().memberId()).toList())
                .stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<UUID, Money> unpaid = new HashMap<>();
        tabs.openEntries(drafts.stream().map(d -> d.account().id()).distinct().toList())
                .values()
                .forEach(entries -> TabAllocation.allocate(entries)
                        .forEach(c -> unpaid.put(c.entry().id(), c.unpaid())));
        // Numbers last, a block per seller, so that the series stay locked only while the hundred are written.
        Map<UUID, Long> next = new HashMap<>();
        drafts.stream()
                .collect(Collectors.groupingBy(d -> d.seller().id(), Collectors.counting()))
                .forEach((seller, count) -> next.put(seller, invoices.nextNumbers(seller, count.intValue())));
        List<NewInvoice> issued = new ArrayList<>();
        List<List<UUID>> sources = new ArrayList<>();
        for (Draft draft : drafts) {
            long sequence = next.merge(draft.seller().id(), 1L, Long::sum) - 1;
            String name = names.getOrDefault(draft.account().memberId(), "—");
            issued.add(invoice(run, month, draft, sequence, name, unpaid));
            sources.add(draft.charges().stream().map(OpenCharge::entryId).toList());
        }
        invoices.insertAll(issued, sources);
    }

    private NewInvoice invoice(
            Run run, YearMonth month, Draft draft, long sequence, String name, Map<UUID, Money> unpaid) {
        List<OpenCharge> charges = draft.charges();
        LegalParty buyer = new LegalParty(draft.account().memberId(), name, null, null, null, null, null);
        Instant now = clock.instant();
        InvoiceDocument document =
                InvoiceDocument.ofMonth(sequence, draft.seller(), buyer, charges, month, now, Invoicing.PAYMENT_DAYS);
        InvoiceArithmetic.Amounts amounts = document.amounts();
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
        return NewInvoice.ofRun(
                document,
                sequence,
                draft.account().id(),
                null,
                draft.account().memberId(),
                run.id(),
                month,
                now,
                pdf,
                null);
    }
}
