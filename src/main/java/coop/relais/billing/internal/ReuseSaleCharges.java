package coop.relais.billing.internal;

import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.reuse.ReuseItemSold;
import coop.relais.shared.Money;
import coop.relais.shared.VatRate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Charges an item of the reuse shop sold on a member's ardoise to their account, at its price, VAT included at
 * the standard rate (goods sold by the conciergerie). After the sale's commit, in its own transaction, again if it
 * failed; posted once per sale (its source key).
 */
@Component
class ReuseSaleCharges {

    private final Ledger ledger;

    ReuseSaleCharges(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(ReuseItemSold sale) {
        Money price = Money.of(sale.price());
        ledger.post(
                ledger.memberAccount(sale.buyerId()).id(),
                NewEntry.charge(
                        SourceType.SALE,
                        sale.saleId(),
                        1,
                        Share.MEMBER,
                        "Ressourcerie — %s (vente n° %d)".formatted(sale.description(), sale.saleNo()),
                        null,
                        sale.siteId(),
                        price,
                        price,
                        VatRate.STANDARD.percent(),
                        sale.soldAt()));
    }
}
