package coop.relais.billing.internal;

import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.desk.CopierUsageRecorded;
import coop.relais.desk.RequestCompleted;
import coop.relais.orders.OrderDelivered;
import coop.relais.orders.OrderLine;
import coop.relais.shared.Money;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Charges the accounts from what was delivered: each line of a handed-over order to the member, their
 * employer and the site owner, each for their frozen share; a completed à-la-carte request and a month
 * of copier pages to the organisation. Runs after the source's commit, in its own transaction, and
 * again if it failed; each line posts once whatever the number of deliveries (the source key).
 */
@Component
class ChargePosting {

    private final Ledger ledger;

    ChargePosting(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(OrderDelivered delivered) {
        for (OrderLine line : delivered.lines()) {
            String description = "%s — %s (× %d)".formatted(delivered.reference(), line.description(), line.quantity());
            // The member always sees the line, with what others paid of it, even when it costs them nothing.
            charge(
                    ledger.memberAccount(delivered.memberId()).id(),
                    delivered,
                    line,
                    Share.MEMBER,
                    line.memberAmount(),
                    description);
            if (line.employerId() != null && !line.employerAmount().isZero()) {
                charge(
                        ledger.organisationAccount(line.employerId()).id(),
                        delivered,
                        line,
                        Share.EMPLOYER,
                        line.employerAmount(),
                        description);
            }
            if (line.siteOwnerId() != null && !line.siteOwnerAmount().isZero()) {
                charge(
                        ledger.organisationAccount(line.siteOwnerId()).id(),
                        delivered,
                        line,
                        Share.SITE_OWNER,
                        line.siteOwnerAmount(),
                        description);
            }
        }
    }

    @ApplicationModuleListener
    void on(RequestCompleted completed) {
        if (completed.organisationId() == null || completed.amount().isZero()) {
            return;
        }
        ledger.post(
                ledger.organisationAccount(completed.organisationId()).id(),
                NewEntry.charge(
                        SourceType.REQUEST,
                        completed.requestId(),
                        0,
                        Share.HOLDER,
                        "%s — %s (× %d)"
                                .formatted(completed.reference(), completed.serviceName(), completed.quantity()),
                        completed.reference(),
                        completed.siteId(),
                        completed.amount(),
                        completed.amount(),
                        completed.vatRate(),
                        completed.completedAt()));
    }

    @ApplicationModuleListener
    void on(CopierUsageRecorded usage) {
        if (usage.organisationId() == null || usage.amount().isZero()) {
            return;
        }
        String month = usage.period().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                + usage.period().getYear();
        ledger.post(
                ledger.organisationAccount(usage.organisationId()).id(),
                NewEntry.charge(
                        SourceType.COPIER,
                        usage.readingId(),
                        0,
                        Share.HOLDER,
                        "Photocopies de %s : %d pages noir et blanc, %d pages couleur"
                                .formatted(month, usage.blackPages(), usage.colourPages()),
                        null,
                        usage.siteId(),
                        usage.amount(),
                        usage.amount(),
                        usage.vatRate(),
                        usage.recordedAt()));
    }

    private void charge(
            UUID accountId, OrderDelivered delivered, OrderLine line, Share share, Money owed, String text) {
        NewEntry entry = NewEntry.charge(
                SourceType.ORDER,
                delivered.orderId(),
                line.position(),
                share,
                text,
                delivered.reference(),
                delivered.siteId(),
                owed,
                line.amount(),
                line.vatRate(),
                delivered.deliveredAt());
        if (share == Share.MEMBER && delivered.personalService() != null) {
            entry = entry.asPersonalService(delivered.personalService());
        }
        ledger.post(accountId, entry);
    }
}
