package coop.relais.exchange;

import coop.relais.exchange.internal.TimeLedger;
import coop.relais.exchange.internal.TransferRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections by consent. Either side contests a committed transfer, saying why; the other side accepts, or
 * a coordinator decides. An accepted or upheld contest is carried out by a reversing transfer (from the payee
 * back to the payer, the same amount) linked to the first, committed whatever the limits, since it restores
 * what was: a transfer is reversed once, never a reversal, and nothing is edited or deleted.
 */
@Service
public class Contests {

    private final JdbcClient jdbc;
    private final Sels sels;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Contests(
            JdbcClient jdbc,
            Sels sels,
            TransferRepository transfers,
            TimeLedger ledger,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.sels = sels;
        this.transfers = transfers;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One side of a committed transfer contests it. */
    public ContestView contest(CurrentUser user, UUID transferId, String reason) {
        String why = reason(reason);
        return transactions.execute(status -> {
            TransferRepository.Stored transfer = transfers
                    .find(transferId)
                    .filter(t -> party(user, t.view()))
                    .orElseThrow(() -> new NotFoundException("transfer"));
            // One contest at a time per transfer: its accounts' locks keep two at once apart.
            ledger.lock(transfer.payerAccount(), transfer.payeeAccount());
            if (!"COMMITTED".equals(transfer.view().status())) {
                throw new DomainException("exchange.contest.notCommitted");
            }
            if ("REVERSAL".equals(transfer.view().kind())) {
                throw new DomainException("exchange.contest.reversal");
            }
            if (reversed(transferId) || open(transferId).isPresent()) {
                throw new DomainException("exchange.contest.already");
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO sel_contest (id, transaction_id, raised_by, reason, raised_at, status)
                            VALUES (?, ?, ?, ?, ?, 'OPEN')""")
                    .params(id, transferId, user.accountId(), why, Instants.param(clock.instant()))
                    .update();
            return find(id).orElseThrow();
        });
    }

    /** The other side accepts the contest: the transfer is reversed. */
    public ContestView accept(CurrentUser user, UUID contestId) {
        return transactions.execute(status -> {
            ContestView contest = find(contestId).orElseThrow(() -> new NotFoundException("contest"));
            TransferRepository.Stored transfer =
                    transfers.find(contest.transactionId()).orElseThrow();
            if (!party(user, transfer.view()) || contest.raisedBy().equals(user.accountId())) {
                throw new NotFoundException("contest");
            }
            ledger.lock(transfer.payerAccount(), transfer.payeeAccount());
            return close(openContest(contestId), transfer, user, "ACCEPTED", null, true);
        });
    }

    /** A coordinator decides: reverse (upheld) or not (dismissed), saying why. */
    public ContestView decide(CurrentUser user, UUID contestId, boolean reverse, String reason) {
        String why = reason(reason);
        return transactions.execute(status -> {
            ContestView contest = find(contestId).orElseThrow(() -> new NotFoundException("contest"));
            TransferRepository.Stored transfer =
                    transfers.find(contest.transactionId()).orElseThrow();
            SelView sel = sels.visible(user, transfer.view().selId());
            if (!sels.coordinates(user, sel)) {
                throw new NotFoundException("contest");
            }
            ledger.lock(transfer.payerAccount(), transfer.payeeAccount());
            return close(openContest(contestId), transfer, user, reverse ? "UPHELD" : "DISMISSED", why, reverse);
        });
    }

    /** The contests open on the SEL's transfers where the person is a side, or all of them for coordinators. */
    public List<ContestView> open(CurrentUser user, UUID selId) {
        SelView sel = sels.visible(user, selId);
        boolean all = sels.coordinates(user, sel);
        return jdbc.sql("""
                        SELECT c.* FROM sel_contest c JOIN sel_transaction t ON t.id = c.transaction_id
                        JOIN sel_account payer ON payer.id = t.payer_account JOIN sel_account payee ON payee.id = t.payee_account
                        WHERE t.sel_id = ? AND c.status = 'OPEN' AND (? OR payer.member_id = ? OR payee.member_id = ?)
                        ORDER BY c.raised_at LIMIT 100""")
                .params(selId, all, user.accountId(), user.accountId())
                .query((rs, n) -> view(rs))
                .list();
    }

    private ContestView close(
            ContestView contest,
            TransferRepository.Stored transfer,
            CurrentUser user,
            String outcome,
            String why,
            boolean reverse) {
        Instant now = clock.instant();
        UUID reversal = null;
        if (reverse) {
            reversal = transfers.insert(
                    transfer.view().selId(),
                    "REVERSAL",
                    transfer.payeeAccount(),
                    transfer.payerAccount(),
                    transfer.view().amount(),
                    "Annulation : " + transfer.view().memo(),
                    user.accountId(),
                    now,
                    null,
                    transfer.view().id(),
                    contest.reason(),
                    null,
                    null);
            ledger.commit(
                    reversal,
                    transfer.payeeAccount(),
                    transfer.payerAccount(),
                    transfer.view().amount(),
                    0,
                    0,
                    false,
                    now);
        }
        int done = jdbc.sql("""
                        UPDATE sel_contest SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, reversal_id = ?
                        WHERE id = ? AND status = 'OPEN'""")
                .params(outcome, user.accountId(), Instants.param(now), why, reversal, contest.id())
                .update();
        if (done != 1) {
            throw new DomainException("exchange.contest.closed");
        }
        return find(contest.id()).orElseThrow();
    }

    private ContestView openContest(UUID contestId) {
        ContestView contest = find(contestId).orElseThrow(() -> new NotFoundException("contest"));
        if (!"OPEN".equals(contest.status())) {
            throw new DomainException("exchange.contest.closed");
        }
        return contest;
    }

    private boolean reversed(UUID transferId) {
        return jdbc.sql("SELECT COUNT(*) FROM sel_transaction WHERE reverses_id = ?")
                        .param(transferId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<UUID> open(UUID transferId) {
        return jdbc.sql("SELECT id FROM sel_contest WHERE transaction_id = ? AND status = 'OPEN'")
                .param(transferId)
                .query(UUID.class)
                .optional();
    }

    private Optional<ContestView> find(UUID id) {
        return jdbc.sql("SELECT * FROM sel_contest WHERE id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static boolean party(CurrentUser user, TransferView t) {
        return user.accountId().equals(t.payerId()) || user.accountId().equals(t.payeeId());
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw DomainException.invalid("exchange.contest.reason");
        }
        return why;
    }

    private static ContestView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ContestView(
                rs.getObject("id", UUID.class),
                rs.getObject("transaction_id", UUID.class),
                rs.getObject("raised_by", UUID.class),
                rs.getString("reason"),
                Instants.read(rs, "raised_at"),
                rs.getString("status"),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decision_reason"),
                rs.getObject("reversal_id", UUID.class));
    }
}
