package coop.relais.billing.internal;

import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.exchange.EuroPartCommitted;
import java.math.BigDecimal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Charges the euro part of a mixed SEL exchange (materials, travel) to the payer's account. It is a
 * disbursement the conciergerie collects for the payee, at cost: no VAT. After the exchange's commit, in its
 * own transaction, again if it failed; posted once per transfer (its source key).
 */
@Component
class ExchangeCharges {

    private final Ledger ledger;

    ExchangeCharges(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(EuroPartCommitted part) {
        if (part.payerId() == null) {
            return;
        }
        ledger.post(
                ledger.memberAccount(part.payerId()).id(),
                NewEntry.charge(
                        SourceType.EXCHANGE,
                        part.transactionId(),
                        1,
                        Share.MEMBER,
                        "SEL — %s (%s, avec %s)"
                                .formatted(
                                        part.description(),
                                        part.memo(),
                                        part.payeeName() == null ? "le SEL" : part.payeeName()),
                        null,
                        part.siteId(),
                        part.amount(),
                        part.amount(),
                        BigDecimal.ZERO,
                        part.committedAt()));
    }
}
