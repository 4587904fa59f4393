package coop.relais.orders;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An order as one person may see it. Fields they may not see are null or empty: a provider sees
 * neither the member nor the payer split; only the member sees the pickup code.
 *
 * @param zone the site's time zone, to show instants in
 * @param late past its due date and still waiting for the desk or the provider
 * @param pickupCode the one-time code, for the member only, while the order is ready
 * @param pickupAttemptsLeft wrong codes the desk may still try before the code locks
 * @param handover CODE, ID_CHECK or NONE once delivered
 * @param actions what this person may do now
 */
public record OrderView(
        UUID id,
        String reference,
        UUID siteId,
        String siteName,
        ZoneId zone,
        UUID memberId,
        String memberName,
        UUID offerId,
        String serviceName,
        PriceModel priceModel,
        PriceUnit unit,
        Money unitPrice,
        UUID providerId,
        String providerName,
        UUID suggestedProviderId,
        boolean providerAccepted,
        OrderStatus status,
        int quantity,
        String note,
        Money quoteAmount,
        Money totalAmount,
        Money memberAmount,
        LocalDate dueOn,
        boolean late,
        Instant placedAt,
        Instant updatedAt,
        String pickupCode,
        boolean pickupLocked,
        int pickupAttemptsLeft,
        String handover,
        String collectedBy,
        List<OrderLine> lines,
        List<TimelineEntry> timeline,
        List<ProofView> proofs,
        Set<OrderAction> actions) {

    public boolean can(OrderAction action) {
        return actions.contains(action);
    }

    public boolean can(String slug) {
        return OrderAction.fromSlug(slug).map(actions::contains).orElse(false);
    }

    /** One step of the timeline. {@code actorName} is null where the viewer may not see who it was. */
    public record TimelineEntry(
            int seq,
            String action,
            OrderStatus from,
            OrderStatus to,
            String actorName,
            String actorRole,
            Instant at,
            String note) {

        /** The message key of the step's label, e.g. {@code orders.step.DELIVER}. */
        public String labelKey() {
            boolean providerAcceptsJob = "ACCEPT".equals(action) && from == OrderStatus.DISPATCHED;
            return "orders.step." + (providerAcceptsJob ? "ACCEPT_JOB" : action);
        }
    }

    /** A proof of completion: a note and/or a photo. */
    public record ProofView(UUID id, String note, boolean photo, Instant addedAt) {}
}
