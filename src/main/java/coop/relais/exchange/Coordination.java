package coop.relais.exchange;

import coop.relais.exchange.internal.SelRepository;
import coop.relais.exchange.internal.TimeLedger;
import coop.relais.exchange.internal.TransferRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a SEL's coordinators do: see every member's standing (with those long below zero or long silent
 * marked), adjust a member's balance against the SEL's own account with a reason that stays in the ledger,
 * and set the SEL's rules (limits, how long a request waits, whether it is paid at its term, and what
 * members see of each other).
 */
@Service
public class Coordination {

    /** Below zero for longer than this many days: a persistent deficit. */
    public static final int DEFICIT_DAYS = 90;

    /** No transfer for longer than this many days: dormant. */
    public static final int DORMANT_DAYS = 90;

    private final Sels sels;
    private final SelRepository repository;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final Transfers notices;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Coordination(
            Sels sels,
            SelRepository repository,
            TransferRepository transfers,
            TimeLedger ledger,
            Transfers notices,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.sels = sels;
        this.repository = repository;
        this.transfers = transfers;
        this.ledger = ledger;
        this.notices = notices;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The SEL, if the person coordinates it; else 404, as if it were not there. */
    public SelView coordinated(CurrentUser user, UUID selId) {
        SelView sel = sels.visible(user, selId);
        if (!sels.coordinates(user, sel)) {
            throw new NotFoundException("sel");
        }
        return sel;
    }

    /** Every member's standing, by name: read from the accounts' counters, never from the whole history. */
    public List<Standing> standings(CurrentUser user, UUID selId) {
        return repository.standings(coordinated(user, selId), clock.instant());
    }

    /**
     * Adjusts a member's balance by {@code amount} units (positive: credited, negative: debited) against the
     * SEL's own account, so that the SEL's balances still sum to zero. The limits do not stop it; the reason
     * is required and kept in the ledger with who made it; the member is told.
     */
    public TransferView adjust(CurrentUser user, UUID selId, UUID memberId, BigDecimal amount, String reason) {
        SelView sel = coordinated(user, selId);
        if (amount == null) {
            throw DomainException.invalid("exchange.amount.required");
        }
        boolean credit = amount.signum() > 0;
        long units = Transfers.units(amount.abs());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw DomainException.invalid("exchange.adjust.reason");
        }
        if (memberId == null) {
            throw DomainException.invalid("exchange.other.required");
        }
        return transactions.execute(status -> {
            Position member = repository
                    .position(sel, memberId)
                    .orElseThrow(() -> DomainException.invalid("exchange.other.notMember"));
            UUID own = repository.ownAccount(sel.id());
            UUID payer = credit ? own : member.accountId();
            UUID payee = credit ? member.accountId() : own;
            ledger.lock(payer, payee);
            Instant now = clock.instant();
            String memo = why.length() <= 300 ? why : why.substring(0, 300);
            UUID id = transfers.insert(
                    sel.id(),
                    "ADJUSTMENT",
                    payer,
                    payee,
                    units,
                    memo,
                    user.accountId(),
                    now,
                    null,
                    null,
                    why,
                    null,
                    null);
            ledger.commit(id, payer, payee, units, sel.floor(), sel.ceiling(), false, now);
            notices.tell(
                    id,
                    "adjusted",
                    memberId,
                    credit ? "exchange.notice.credited" : "exchange.notice.debited",
                    user.displayName(),
                    units,
                    sel.unitName(),
                    why);
            return transfers.find(id).orElseThrow().view();
        });
    }

    /**
     * Sets a member's own floor and ceiling (null: the SEL's). Like the SEL's limits, they apply to the
     * transfers to come. Under the account's lock, so that no payment commits against half-changed limits.
     */
    public Standing limits(CurrentUser user, UUID selId, UUID memberId, Integer floor, Integer ceiling) {
        SelView sel = coordinated(user, selId);
        if (floor != null) {
            within(floor, 0, 1_000_000, "exchange.settings.floor");
        }
        if (ceiling != null) {
            within(ceiling, 1, 1_000_000, "exchange.settings.ceiling");
        }
        return transactions.execute(status -> {
            Position member = repository
                    .position(sel, memberId)
                    .orElseThrow(() -> DomainException.invalid("exchange.other.notMember"));
            ledger.lockAll(List.of(member.accountId()));
            repository.limits(member.accountId(), floor, ceiling);
            return repository.standings(sel, clock.instant()).stream()
                    .filter(s -> s.memberId().equals(memberId))
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** The SEL's rules its coordinators set. */
    public record Settings(
            Integer floor,
            Integer ceiling,
            Integer requestDays,
            SelView.Participation participation,
            boolean autoAccept) {}

    /**
     * Sets the SEL's rules. A limit applies to the transfers to come: a balance already beyond a lowered
     * limit stays as it is, and can only move back towards it.
     */
    public SelView settings(CurrentUser user, UUID selId, Settings settings) {
        SelView sel = coordinated(user, selId);
        int floor = within(settings.floor(), 0, 1_000_000, "exchange.settings.floor");
        int ceiling = within(settings.ceiling(), 1, 1_000_000, "exchange.settings.ceiling");
        int days = within(settings.requestDays(), 1, 365, "exchange.settings.requestDays");
        if (settings.participation() == null) {
            throw DomainException.invalid("exchange.settings.participation");
        }
        repository.settings(sel.id(), floor, ceiling, days, settings.participation(), settings.autoAccept());
        return repository.find(sel.id()).orElseThrow();
    }

    private static int within(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw DomainException.invalid(key, min, max);
        }
        return value;
    }
}
