package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.Holders;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.PaymentRepository;
import coop.relais.billing.internal.PaymentRepository.StoredPayment;
import coop.relais.billing.internal.PaymentRequests;
import coop.relais.billing.internal.ReceiptMail;
import coop.relais.desk.DeskJournal;
import coop.relais.identity.AccountDirectory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments taken at the desk against a member's (or a client organisation's) account: cash into the
 * till, the card terminal, a cheque. A payment settles at most what is owed; cash needs the desk open
 * and is written in its journal. Each payment has a receipt to print or e-mail. With an
 * Idempotency-Key, a request sent again (a double tap, a retry after a lost answer) records nothing new
 * and answers with the payment already taken.
 */
@Service
public class DeskPayments {

    /** The largest payment taken at once. */
    public static final Money MAX_AMOUNT = Money.euros("10000");

    /** The answer to a payment request: the payment, and whether it had been taken already. */
    public record Taken(PaymentView payment, boolean replayed) {}

    private final Ledger ledger;
    private final PaymentRepository payments;
    private final Holders holders;
    private final CertificateRepository certificates;
    private final DeskJournal journal;
    private final SiteDirectory sites;
    private final AccountDirectory people;
    private final ReceiptMail receiptMail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DeskPayments(
            Ledger ledger,
            PaymentRepository payments,
            Holders holders,
            CertificateRepository certificates,
            DeskJournal journal,
            SiteDirectory sites,
            AccountDirectory people,
            ReceiptMail receiptMail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.payments = payments;
        this.holders = holders;
        this.certificates = certificates;
        this.journal = journal;
        this.sites = sites;
        this.people = people;
        this.receiptMail = receiptMail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Takes a payment at the desk (see the class comment for the rules). */
    public Taken take(CurrentUser actor, TakePayment command, String idempotencyKey) {
        String key = PaymentRequests.key(idempotencyKey);
        try {
            return transactions.execute(status -> takeNow(actor, command, key));
        } catch (DataIntegrityViolationException raced) {
            // Only a second request with the same key can get here (the account lock orders the rest):
            // answer with the payment the first one took.
            if (key == null) {
                throw raced;
            }
            return transactions.execute(status -> payments.findByKey(actor.accountId(), key)
                    .map(done -> replay(done, PaymentRequests.hash(command)))
                    .orElseThrow(() -> raced));
        }
    }

    /** A payment, for its holder, the staff of the site it was taken at, and admins. */
    public PaymentView payment(CurrentUser reader, UUID paymentId) {
        return transactions.execute(status -> {
            StoredPayment payment = visible(reader, paymentId);
            return view(payment, ledger.find(payment.accountId()).orElseThrow());
        });
    }

    /**
     * E-mails the receipt to the member it was taken from, once (a second request sends nothing more).
     *
     * @return false when the holder has no e-mail address to send it to
     */
    public boolean emailReceipt(CurrentUser actor, UUID paymentId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            StoredPayment payment = visible(actor, paymentId);
            if ((payment.siteId() == null || !actor.worksAt(payment.siteId())) && !actor.isAdmin()) {
                throw new AccessDeniedException("Only the desk sends receipts");
            }
            Account account = ledger.find(payment.accountId()).orElseThrow();
            if (account.holderKind() != HolderKind.MEMBER) {
                return false;
            }
            var member = people.find(account.memberId()).orElse(null);
            if (member == null || member.email() == null) {
                return false;
            }
            receiptMail.send(view(payment, account), member);
            return true;
        }));
    }

    private Taken takeNow(CurrentUser actor, TakePayment command, String key) {
        Money amount = PaymentRequests.amount(command.amount(), MAX_AMOUNT);
        if (command.method() == null || !command.method().atTheDesk()) {
            throw DomainException.invalid("billing.payment.method.required");
        }
        Account account = command.accountId() == null
                ? null
                : ledger.find(command.accountId()).orElse(null);
        if (account == null || !holders.mayRead(actor, account)) {
            throw new NotFoundException("account");
        }
        UUID siteId = deskOf(actor, account, command.siteId());
        String hash = PaymentRequests.hash(command);
        account = ledger.lock(account.id());
        if (key != null) {
            var done = payments.findByKey(actor.accountId(), key);
            if (done.isPresent()) {
                return replay(done.get(), hash);
            }
        }
        if (account.balance().isZero() || account.balance().isNegative()) {
            throw new DomainException("billing.payment.nothingOwed");
        }
        if (amount.compareTo(account.balance()) > 0) {
            throw DomainException.invalid(
                    "billing.payment.moreThanOwed", account.balance().amount());
        }
        if (command.method() == PaymentMethod.CESU) {
            // CESU pays personal services only: at most what is owed for them.
            Money eligible = certificates.unpaidPersonalServices(account.id());
            if (!eligible.isPositive()) {
                throw DomainException.invalid("billing.payment.cesuNotEligible");
            }
            if (amount.compareTo(eligible) > 0) {
                throw DomainException.invalid("billing.payment.cesuAboveEligible", eligible.amount());
            }
        }
        SiteView site = sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
        Instant now = clock.instant();
        String receipt = payments.nextReceiptNumber(
                LocalDate.ofInstant(now, site.timeZone()).getYear());
        String payerName = holders.name(account);
        StoredPayment payment = new StoredPayment(
                UUID.randomUUID(),
                receipt,
                account.id(),
                amount,
                command.method(),
                siteId,
                payerName,
                actor.accountId(),
                actor.displayName(),
                now,
                key,
                key == null ? null : hash,
                null);
        payments.insert(payment);
        ledger.post(
                account.id(),
                NewEntry.payment(
                        payment.id(),
                        "Paiement à la conciergerie (%s) — reçu %s"
                                .formatted(PaymentRequests.methodWord(command.method()), receipt),
                        receipt,
                        siteId,
                        amount,
                        now));
        if (command.method() == PaymentMethod.CASH) {
            journal.recordCashTaken(actor, siteId, payment.id(), amount, payerName + " — " + receipt);
        }
        return new Taken(view(payment, ledger.find(account.id()).orElseThrow()), false);
    }

    private Taken replay(StoredPayment done, String hash) {
        if (!hash.equals(done.requestHash())) {
            throw new DomainException("billing.payment.idempotencyMismatch");
        }
        return new Taken(view(done, ledger.find(done.accountId()).orElseThrow()), true);
    }

    /** The desk taking the payment: the one named, or the only site the holder and the actor share. */
    private UUID deskOf(CurrentUser actor, Account account, UUID siteId) {
        Set<UUID> holderSites = holders.sitesOf(account);
        if (siteId != null) {
            if (!holderSites.contains(siteId) || !actor.worksAt(siteId)) {
                throw new NotFoundException("site");
            }
            return siteId;
        }
        List<UUID> shared = holderSites.stream().filter(actor::worksAt).toList();
        if (shared.isEmpty()) {
            if (holders.mayRead(actor, account)) {
                throw new AccessDeniedException("Only the desk staff of the holder's site take payments");
            }
            throw new NotFoundException("account");
        }
        if (shared.size() > 1) {
            throw DomainException.invalid("billing.payment.siteRequired");
        }
        return shared.get(0);
    }

    private StoredPayment visible(CurrentUser reader, UUID paymentId) {
        StoredPayment payment = payments.find(paymentId).orElseThrow(() -> new NotFoundException("payment"));
        Account account = ledger.find(payment.accountId()).orElseThrow();
        boolean holder =
                account.holderKind() == HolderKind.MEMBER && account.memberId().equals(reader.accountId());
        boolean desk = payment.siteId() != null && reader.worksAt(payment.siteId());
        if (!holder && !desk && !reader.isAdmin()) {
            throw new NotFoundException("payment");
        }
        return payment;
    }

    private PaymentView view(StoredPayment payment, Account account) {
        return new PaymentView(
                payment.id(),
                payment.receiptNumber(),
                account.id(),
                account.holderKind(),
                account.holderId(),
                payment.payerName(),
                payment.amount(),
                payment.method(),
                payment.siteId(),
                payment.siteId() == null
                        ? ""
                        : sites.find(payment.siteId()).map(SiteView::name).orElse(""),
                payment.takenByName(),
                payment.takenAt(),
                account.balance());
    }
}
