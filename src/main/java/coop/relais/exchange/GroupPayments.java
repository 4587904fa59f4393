package coop.relais.exchange;

import coop.relais.exchange.internal.TimeLedger;
import coop.relais.exchange.internal.TransferRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One member pays several in one operation (a workshop's participants paying its host is the host asking
 * each; the host paying helpers is this): all the payments are committed, or none. Every account is locked
 * first, in the order of their ids; the payer's floor is checked after each payment, so the whole must fit.
 */
@Service
public class GroupPayments {

    /** The most people one group payment pays. */
    static final int MAX_PAYEES = 50;

    private final Sels sels;
    private final Transfers single;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transactions;

    GroupPayments(
            Sels sels,
            Transfers single,
            TransferRepository transfers,
            TimeLedger ledger,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.sels = sels;
        this.single = single;
        this.transfers = transfers;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Pays {@code amountEach} units to each of {@code payeeIds}: all or nothing. */
    public List<TransferView> pay(
            CurrentUser user, UUID selId, List<UUID> payeeIds, BigDecimal amountEach, String memo) {
        SelView sel = sels.visible(user, selId);
        long units = Transfers.units(amountEach);
        String text = Transfers.memo(memo);
        Set<UUID> payees = payeeIds == null ? Set.of() : new LinkedHashSet<>(payeeIds);
        if (payees.size() < 2 || payees.size() > MAX_PAYEES || payees.size() != payeeIds.size()) {
            throw DomainException.invalid("exchange.group.payees", MAX_PAYEES);
        }
        return transactions.execute(status -> {
            Position payer = sels.me(user, selId);
            List<Position> positions = new ArrayList<>();
            for (UUID payee : payees) {
                positions.add(single.other(sel, payee, user));
            }
            List<UUID> accounts =
                    new ArrayList<>(positions.stream().map(Position::accountId).toList());
            accounts.add(payer.accountId());
            ledger.lockAll(accounts);
            Instant now = clock.instant();
            List<TransferView> made = new ArrayList<>();
            for (Position payee : positions) {
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
                        null,
                        null);
                ledger.commit(id, payer.accountId(), payee.accountId(), units, sel.floor(), sel.ceiling(), true, now);
                single.tell(
                        id,
                        "paid",
                        payee.memberId(),
                        "exchange.notice.paid",
                        user.displayName(),
                        units,
                        sel.unitName(),
                        text);
                made.add(transfers.find(id).orElseThrow().view());
            }
            return made;
        });
    }
}
