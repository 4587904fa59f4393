package coop.relais.exchange;

import coop.relais.exchange.internal.SelRepository;
import coop.relais.exchange.internal.TimeLedger;
import coop.relais.exchange.internal.TransferRepository;
import coop.relais.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment request left alone: its payer is reminded the day before its term; at its term it expires, or,
 * in a SEL that says so, it is paid, within the limits as any payment (beyond them it expires). Each
 * request is reminded once and closed once, whichever node runs the job.
 */
@Service
public class RequestTerms {

    private static final int BATCH = 500;

    private final SelRepository sels;
    private final TransferRepository transfers;
    private final TimeLedger ledger;
    private final Transfers notices;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RequestTerms(
            SelRepository sels,
            TransferRepository transfers,
            TimeLedger ledger,
            Transfers notices,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.sels = sels;
        this.transfers = transfers;
        this.ledger = ledger;
        this.notices = notices;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reminds the payers of the requests whose term is within a day; returns how many. */
    public int remind() {
        Instant now = clock.instant();
        int reminded = 0;
        for (UUID id : transfers.dueForReminder(now, now.plus(Duration.ofDays(1)), BATCH)) {
            Boolean done = transactions.execute(status -> {
                if (!transfers.markReminded(id, now)) {
                    return false;
                }
                TransferView request = transfers.find(id).orElseThrow().view();
                SelView sel = sels.find(request.selId()).orElseThrow();
                tell(
                        request,
                        sel,
                        "reminded",
                        request.payerId(),
                        sel.autoAccept() ? "exchange.notice.autoAccepting" : "exchange.notice.expiring");
                return true;
            });
            reminded += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return reminded;
    }

    /** Closes the requests past their term: paid where the SEL says so and the limits allow, else expired. */
    public int closeDue() {
        int closed = 0;
        for (UUID id : transfers.expired(clock.instant(), BATCH)) {
            closed += close(id) ? 1 : 0;
        }
        return closed;
    }

    private boolean close(UUID id) {
        TransferRepository.Stored request = transfers.find(id).orElseThrow();
        SelView sel = sels.find(request.view().selId()).orElseThrow();
        if (sel.autoAccept()) {
            try {
                Boolean paid = transactions.execute(status -> {
                    ledger.lock(request.payerAccount(), request.payeeAccount());
                    if (!"REQUESTED"
                            .equals(transfers.find(id).orElseThrow().view().status())) {
                        return false;
                    }
                    ledger.commit(
                            id,
                            request.payerAccount(),
                            request.payeeAccount(),
                            request.view().amount(),
                            sel.floor(),
                            sel.ceiling(),
                            true,
                            clock.instant());
                    TransferView view = request.view();
                    tell(view, sel, "autoAccepted", view.payerId(), "exchange.notice.autoAccepted");
                    notices.tell(
                            id,
                            "paid",
                            view.payeeId(),
                            "exchange.notice.paid",
                            view.payerName(),
                            view.amount(),
                            sel.unitName(),
                            view.memo());
                    return true;
                });
                return Boolean.TRUE.equals(paid);
            } catch (DomainException beyondTheLimits) {
                // Not payable now: it expires, as in a SEL that does not pay at term.
            }
        }
        return Boolean.TRUE.equals(transactions.execute(status -> transfers.close(id, "EXPIRED", clock.instant())));
    }

    private void tell(TransferView request, SelView sel, String what, UUID to, String key) {
        notices.tell(
                request.id(), what, to, key, request.payeeName(), request.amount(), sel.unitName(), request.memo());
    }
}
