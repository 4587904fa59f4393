package coop.relais.billing.internal;

import coop.relais.billing.PlanView;
import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.desk.CopierUsageRecorded;
import coop.relais.desk.RequestCompleted;
import coop.relais.orders.OrderDelivered;
import coop.relais.orders.OrderLine;
import coop.relais.shared.Money;
import coop.relais.shared.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
    private final SubscriptionRepository subscriptions;

    ChargePosting(Ledger ledger, SubscriptionRepository subscriptions) {
        this.ledger = ledger;
        this.subscriptions = subscriptions;
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
        UUID account = ledger.organisationAccount(completed.organisationId()).id();
        ledger.lock(account);
        NewEntry entry = NewEntry.charge(
                SourceType.REQUEST,
                completed.requestId(),
                0,
                Share.HOLDER,
                "%s — %s (× %d)".formatted(completed.reference(), completed.serviceName(), completed.quantity()),
                completed.reference(),
                completed.siteId(),
                completed.amount(),
                completed.amount(),
                completed.vatRate(),
                completed.completedAt());
        // One request of the month's quota, if the organisation's subscription includes some left.
        YearMonth month = YearMonth.from(completed.completedAt().atZone(Zones.DEFAULT));
        int quota = quotas(completed.organisationId(), completed.completedAt()).requests();
        if (quota > 0 && used(account, SourceType.REQUEST, month) < quota) {
            entry = entry.included(1, Money.ZERO, "inclus dans l'abonnement");
        }
        ledger.post(account, entry);
    }

    private PlanView.Quotas quotas(UUID organisationId, Instant at) {
        return subscriptions
                .planOn(organisationId, LocalDate.ofInstant(at, Zones.DEFAULT))
                .map(PlanView::quotas)
                .orElse(PlanView.Quotas.NONE);
    }

    private long used(UUID account, SourceType type, YearMonth month) {
        return ledger.includedBetween(
                account,
                type,
                month.atDay(1).atStartOfDay(Zones.DEFAULT).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(Zones.DEFAULT).toInstant());
    }

    @ApplicationModuleListener
    void on(CopierUsageRecorded usage) {
        if (usage.organisationId() == null || usage.amount().isZero()) {
            return;
        }
        String month = usage.period().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                + usage.period().getYear();
        UUID account = ledger.organisationAccount(usage.organisationId()).id();
        ledger.lock(account);
        NewEntry entry = NewEntry.charge(
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
                usage.recordedAt());
        // Black-and-white pages of the quota of the month the reading is charged in, if the subscription
        // includes some left: those pages are charged nothing.
        int quota = quotas(usage.organisationId(), usage.recordedAt()).copierPages();
        YearMonth charged = YearMonth.from(usage.recordedAt().atZone(Zones.DEFAULT));
        long left = quota - used(account, SourceType.COPIER, charged);
        long included = Math.min(Math.max(left, 0), usage.blackPages());
        if (included > 0) {
            // The pages left to pay, at the month's price per black page, rounded once.
            Money blackLeft = Money.of(usage.blackAmount()
                    .amount()
                    .multiply(java.math.BigDecimal.valueOf(usage.blackPages() - included))
                    .divide(java.math.BigDecimal.valueOf(usage.blackPages()), 2, java.math.RoundingMode.HALF_UP));
            entry = entry.included(
                    (int) included,
                    blackLeft.plus(usage.colourAmount()),
                    "%d pages noir et blanc incluses dans l'abonnement".formatted(included));
        }
        ledger.post(account, entry);
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
