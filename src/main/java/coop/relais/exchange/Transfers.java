package coop.relais.exchange;

import coop.relais.exchange.internal.ExchangeNotifications;
import coop.relais.exchange.internal.SelRepository;
import coop.relais.exchange.internal.TimeLedger;
import coop.relais.exchange.internal.TransferRepository;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Sha256;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying in a SEL: the payer pays, or the payee requests and the payer accepts (a request moves nothing
 * until then) or rejects it; a request left alone expires. Each payment is committed by the {@link TimeLedger}
 * under the accounts' locks, within the floor and ceiling; the same Idempotency-Key posts once.
 */
@Service
public class Transfers {

    /** The most one transfer may move, in units. */
    static final long MAX_AMOUNT = 1_000_000;

    private final Sels sels;
    private final SelRepository repository;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Transfers(
            Sels sels,
            SelRepository repository,
            TransferRepository transfers,
            TimeLedger ledger,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sels = sels;
        this.repository = repository;
        this.transfers = transfers;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A payment made, and whether it was made before with the same key. */
    public record Paid(TransferView transfer, boolean replayed) {}

    /** Pays {@code amount} units to another member of the SEL, at once. */
    public Paid pay(CurrentUser user, UUID selId, UUID payeeId, BigDecimal amount, String memo, String key) {
        return pay(user, selId, payeeId, amount, memo, null, key);
    }

    /** Pays {@code amount} units to another member of the SEL, at once, with a euro part if any. */
    public Paid pay(
            CurrentUser user, UUID selId, UUID payeeId, BigDecimal amount, String memo, EuroPart euros, String key) {
        SelView sel = sels.visible(user, selId);
        long units = units(amount);
        String text = memo(memo);
        String hash = Sha256.hex(selId + "|" + payeeId + "|" + units + "|" + text
                + (euros == null ? "" : "|" + euros.amount().amount().toPlainString() + "|" + euros.description()));
        try {
            return transactions.execute(status -> {
                if (key != null) {
                    var done = transfers.findByKey(user.accountId(), key);
                    if (done.isPresent()) {
                        if (!hash.equals(done.get().requestHash())) {
                            throw new DomainException("exchange.idempotencyMismatch");
                        }
                        return new Paid(done.get().view(), true);
                    }
                }
                Position payer = sels.me(user, selId);
                Position payee = other(sel, payeeId, user);
                ledger.lock(payer.accountId(), payee.accountId());
                Instant now = clock.instant();
                UUID id = transfers.insert(
                        sel.id(),
                        "PAYMENT",
                        payer.accountId(),
                        payee.accountId(),
                        units,
                        text,
                        user.accountId(),
                        now,
                        null,
                        null,
                        null,
                        key,
                        hash);
                ledger.keep(id, euros);
                ledger.commit(id, payer.accountId(), payee.accountId(), units, sel.floor(), sel.ceiling(), true, now);
                tell(id, "paid", payeeId, "exchange.notice.paid", user.displayName(), units, sel.unitName(), text);
                return new Paid(transfers.find(id).orElseThrow().view(), false);
            });
        } catch (DataIntegrityViolationException raced) {
            // The same key at the same time: the first one stands.
            return transfers
                    .findByKey(user.accountId(), key)
                    .map(done -> new Paid(done.view(), true))
                    .orElseThrow(() -> raced);
        }
    }

    /** Asks another member to pay {@code amount} units; nothing moves until they accept. */
    public TransferView request(CurrentUser user, UUID selId, UUID payerId, BigDecimal amount, String memo) {
        return request(user, selId, payerId, amount, memo, null);
    }

    /**
     * Asks another member to pay {@code amount} units, and the euro part if any; nothing moves, and nothing is
     * charged, until they accept.
     */
    public TransferView request(
            CurrentUser user, UUID selId, UUID payerId, BigDecimal amount, String memo, EuroPart euros) {
        SelView sel = sels.visible(user, selId);
        long units = units(amount);
        String text = memo(memo);
        return transactions.execute(status -> {
            Position payee = sels.me(user, selId);
            Position payer = other(sel, payerId, user);
            Instant now = clock.instant();
            UUID id = transfers.insert(
                    sel.id(),
                    "REQUEST",
                    payer.accountId(),
                    payee.accountId(),
                    units,
                    text,
                    user.accountId(),
                    now,
                    now.plus(Duration.ofDays(sel.requestDays())),
                    null,
                    null,
                    null,
                    null);
            ledger.keep(id, euros);
            tell(
                    id,
                    "requested",
                    payerId,
                    "exchange.notice.requested",
                    user.displayName(),
                    units,
                    sel.unitName(),
                    text);
            return transfers.find(id).orElseThrow().view();
        });
    }

    /** The payer accepts a request: it is paid now, within the limits. */
    public TransferView accept(CurrentUser user, UUID requestId) {
        return transactions.execute(status -> {
            TransferRepository.Stored request = waiting(user, requestId, true);
            SelView sel = sels.visible(user, request.view().selId());
            ledger.commit(
                    requestId,
                    request.payerAccount(),
                    request.payeeAccount(),
                    request.view().amount(),
                    sel.floor(),
                    sel.ceiling(),
                    true,
                    clock.instant());
            return transfers.find(requestId).orElseThrow().view();
        });
    }

    /** The payer rejects a request, or the payee withdraws it; nothing moves. */
    public TransferView decline(CurrentUser user, UUID requestId) {
        return transactions.execute(status -> {
            TransferRepository.Stored request = waiting(user, requestId, false);
            boolean payer = user.accountId().equals(request.view().payerId());
            if (!transfers.close(requestId, payer ? "REJECTED" : "CANCELLED", clock.instant())) {
                throw new DomainException("exchange.request.notWaiting");
            }
            return transfers.find(requestId).orElseThrow().view();
        });
    }

    /** The requests waiting that the person is to pay or to be paid. */
    public List<TransferView> waiting(CurrentUser user, UUID selId) {
        return sels.position(user, selId)
                .map(p -> transfers.waiting(p.accountId()))
                .orElse(List.of());
    }

    void tell(UUID transferId, String what, UUID to, String key, String from, long units, String unit, String memo) {
        events.publishEvent(new NoticeRequested(
                "sel-transfer:" + transferId + ":" + what,
                to,
                key,
                new Object[] {from, units, unit, memo},
                "/exchange",
                ExchangeNotifications.CATEGORY));
    }

    private TransferRepository.Stored waiting(CurrentUser user, UUID requestId, boolean payerOnly) {
        TransferRepository.Stored request = transfers
                .find(requestId)
                .filter(t -> user.accountId().equals(t.view().payerId())
                        || (!payerOnly && user.accountId().equals(t.view().payeeId())))
                .orElseThrow(() -> new NotFoundException("request"));
        if (!"REQUESTED".equals(request.view().status())) {
            throw new DomainException("exchange.request.notWaiting");
        }
        if (request.view().expiresAt() != null && !request.view().expiresAt().isAfter(clock.instant())) {
            throw new DomainException("exchange.request.expired");
        }
        return request;
    }

    /** The other member of the transfer: a member of the same SEL, not oneself. */
    Position other(SelView sel, UUID memberId, CurrentUser user) {
        if (memberId == null) {
            throw DomainException.invalid("exchange.other.required");
        }
        if (memberId.equals(user.accountId())) {
            throw DomainException.invalid("exchange.self");
        }
        return repository
                .position(sel, memberId)
                .orElseThrow(() -> DomainException.invalid("exchange.other.notMember"));
    }

    static long units(BigDecimal amount) {
        if (amount == null) {
            throw DomainException.invalid("exchange.amount.required");
        }
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw DomainException.invalid("exchange.amount.whole");
        }
        if (whole.signum() <= 0 || whole.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            throw DomainException.invalid("exchange.amount.range", MAX_AMOUNT);
        }
        return whole.longValueExact();
    }

    static String memo(String memo) {
        String text = memo == null ? "" : memo.strip();
        if (text.isEmpty() || text.length() > 300) {
            throw DomainException.invalid("exchange.memo");
        }
        return text;
    }
}
