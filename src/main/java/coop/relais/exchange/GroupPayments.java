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
 * One member pays several in one operation (the host of a workshop paying its helpers): all the payments
 * are committed, or none. Every account is locked first, in the order of their ids; the payer's floor is
 * checked after each payment, so the whole must fit. One member is paid by several (a workshop's
 * participants paying its host) by asking each of them in one operation: all the requests are made, or none,
 * and each payer then accepts or rejects their own, since nobody pays for another.
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

    /** Asks each of {@code payerIds} for {@code amountEach} units: all the requests are made, or none. */
    public List<TransferView> request(
            CurrentUser user, UUID selId, List<UUID> payerIds, BigDecimal amountEach, String memo) {
        SelView sel = sels.visible(user, selId);
        long units = Transfers.units(amountEach);
        String text = Transfers.memo(memo);
        Set<UUID> payers = several(payerIds);
        return transactions.execute(status -> {
            Position payee = sels.me(user, selId);
            List<Position> positions = new ArrayList<>();
            for (UUID payer : payers) {
                positions.add(single.other(sel, payer, user));
            }
            Instant now = clock.instant();
            List<TransferView> made = new ArrayList<>();
            for (Position payer : positions) {
                UUID id = transfers.insert(
                        sel.id(),
                        "REQUEST",
                        payer.accountId(),
                        payee.accountId(),
                        units,
                        text,
                        user.accountId(),
                        now,
                        now.plus(java.time.Duration.ofDays(sel.requestDays())),
                        null,
                        null,
                        null,
                        null);
                single.tell(
                        id,
                        "requested",
                        payer.memberId(),
                        "exchange.notice.requested",
                        user.displayName(),
                        units,
                        sel.unitName(),
                        text);
                made.add(transfers.find(id).orElseThrow().view());
            }
            return made;
        });
    }

    /** Two to {@link #MAX_PAYEES} different people. */
    private static Set<UUID> several(List<UUID> ids) {
        Set<UUID> people = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (people.size() < 2 || people.size() > MAX_PAYEES || people.size() != ids.size()) {
            throw DomainException.invalid("exchange.group.payees", MAX_PAYEES);
        }
        return people;
    }

    /** Pays {@code amountEach} units to each of {@code payeeIds}: all or nothing. */
    public List<TransferView> pay(
            CurrentUser user, UUID selId, List<UUID> payeeIds, BigDecimal amountEach, String memo) {
        SelView sel = sels.visible(user, selId);
        long units = Transfers.units(amountEach);
        String text = Transfers.memo(memo);
        Set<UUID> payees = several(payeeIds);
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
