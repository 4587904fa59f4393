package coop.relais.orders.internal;

import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The stored state of an order, one row of {@code customer_order}: what the repository reads and writes.
 * It is kept in parts that change together: for whom, what was ordered, which provider holds the job,
 * the price, the pickup at the desk, and where the order stands. Readers ask for a single value by
 * name ({@link #siteId()}, {@link #pickupCode()}...); the order changes one part at a time.
 *
 * @param quantity how many the member asked for
 * @param note the member's note to the desk, or null
 */
public record OrderData(
        UUID id,
        String reference,
        Parties parties,
        Service service,
        int quantity,
        String note,
        Assignment assignment,
        Pricing pricing,
        Pickup pickup,
        Progress progress) {

    /**
     * For whom and where: the member, the site, who placed the order (the member, or the desk for
     * them), and who shares the bill.
     */
    record Parties(UUID siteId, UUID memberId, String memberName, UUID placedBy, PayerTerms terms) {}

    /**
     * The offer as it stood when the order was placed; later changes to the offer do not touch it.
     *
     * @param offerProviderId the provider the offer names, who gets the order first
     * @param personalService the personal-service activity the service was declared as, or null
     */
    record Service(
            UUID offerId,
            UUID offerProviderId,
            String serviceName,
            PriceModel priceModel,
            PriceUnit unit,
            Money unitPrice,
            BigDecimal vatRate,
            int leadTimeDays,
            Set<DayOfWeek> daysOffered,
            PersonalServiceActivity personalService) {

        /** The offer as it stands now. */
        static Service of(OfferView offer) {
            return new Service(
                    offer.id(),
                    offer.providerId(),
                    offer.serviceName(),
                    offer.priceModel(),
                    offer.unit(),
                    offer.price(),
                    offer.vatRate(),
                    offer.leadTimeDays(),
                    offer.daysOffered(),
                    offer.personalService());
        }
    }

    /** The provider holding the job, if any, and when they took it on. */
    record Assignment(UUID providerId, Instant acceptedAt) {

        static final Assignment NONE = new Assignment(null, null);

        /** A job just sent to this provider, not yet taken on. */
        static Assignment to(UUID providerId) {
            return new Assignment(providerId, null);
        }

        Assignment acceptedAt(Instant at) {
            return new Assignment(providerId, at);
        }
    }

    /** The quote asked for, the total once priced, and the day the order is due. */
    record Pricing(Money quoteAmount, Money totalAmount, Instant pricedAt, LocalDate dueOn) {

        static final Pricing NOT_YET = new Pricing(null, null, null, null);

        Pricing quoted(Money amount) {
            return new Pricing(amount, totalAmount, pricedAt, dueOn);
        }

        Pricing priced(Money total, Instant at, LocalDate due) {
            return new Pricing(quoteAmount, total, at, due);
        }
    }

    /**
     * The handover at the desk: the one-time pickup code while the order waits to be collected, the
     * wrong tries, whether the code is locked, and once handed over, how and to whom.
     */
    record Pickup(String code, int attempts, boolean locked, Handover handover, String collectedBy) {

        static final Pickup NOT_READY = new Pickup(null, 0, false, null, null);

        /** Ready for pickup with a new code: the tries start again. */
        Pickup newCode(String newCode) {
            return new Pickup(newCode, 0, false, handover, collectedBy);
        }

        /** The code stops being valid. */
        Pickup withoutCode() {
            return new Pickup(null, attempts, locked, handover, collectedBy);
        }

        Pickup handedOver(Handover how, String collector) {
            return new Pickup(null, attempts, locked, how, collector);
        }

        /** A service without an item: nothing was collected. */
        Pickup nothingToCollect() {
            return new Pickup(code, attempts, locked, Handover.NONE, collectedBy);
        }

        Pickup wrongTries(int tries) {
            return new Pickup(code, tries, locked, handover, collectedBy);
        }

        /** Too many wrong tries: only an ID check remains. */
        Pickup lockedAfter(int tries) {
            return new Pickup(null, tries, true, handover, collectedBy);
        }
    }

    /**
     * Where the order stands and when it moved: placed, last changed, closed; and the number of the
     * last step of its timeline.
     */
    record Progress(OrderStatus status, Instant placedAt, Instant updatedAt, Instant closedAt, int lastSeq) {

        /** A new order: nothing recorded yet. */
        static Progress placed(OrderStatus status, Instant at) {
            return new Progress(status, at, at, null, 0);
        }

        Progress movedTo(OrderStatus to, Instant at) {
            return new Progress(to, placedAt, at, to.isClosed() ? at : closedAt, lastSeq);
        }

        Progress changedAt(Instant at) {
            return new Progress(status, placedAt, at, closedAt, lastSeq);
        }

        Progress stepRecorded(int seq) {
            return new Progress(status, placedAt, updatedAt, closedAt, seq);
        }
    }

    OrderData with(Assignment changed) {
        return new OrderData(id, reference, parties, service, quantity, note, changed, pricing, pickup, progress);
    }

    OrderData with(Pricing changed) {
        return new OrderData(id, reference, parties, service, quantity, note, assignment, changed, pickup, progress);
    }

    OrderData with(Pickup changed) {
        return new OrderData(id, reference, parties, service, quantity, note, assignment, pricing, changed, progress);
    }

    OrderData with(Progress changed) {
        return new OrderData(id, reference, parties, service, quantity, note, assignment, pricing, pickup, changed);
    }

    // ---------------------------------------------------------------- single values, for the readers

    public UUID siteId() {
        return parties.siteId();
    }

    public UUID memberId() {
        return parties.memberId();
    }

    public String memberName() {
        return parties.memberName();
    }

    public UUID placedBy() {
        return parties.placedBy();
    }

    public PayerTerms terms() {
        return parties.terms();
    }

    public UUID offerId() {
        return service.offerId();
    }

    public UUID offerProviderId() {
        return service.offerProviderId();
    }

    public String serviceName() {
        return service.serviceName();
    }

    public PriceModel priceModel() {
        return service.priceModel();
    }

    public PriceUnit unit() {
        return service.unit();
    }

    public Money unitPrice() {
        return service.unitPrice();
    }

    /** The personal-service activity the service was declared as when the order was placed, or null. */
    public PersonalServiceActivity personalService() {
        return service.personalService();
    }

    public BigDecimal vatRate() {
        return service.vatRate();
    }

    public int leadTimeDays() {
        return service.leadTimeDays();
    }

    public Set<DayOfWeek> daysOffered() {
        return service.daysOffered();
    }

    public UUID providerId() {
        return assignment.providerId();
    }

    public Instant providerAcceptedAt() {
        return assignment.acceptedAt();
    }

    public Money quoteAmount() {
        return pricing.quoteAmount();
    }

    public Money totalAmount() {
        return pricing.totalAmount();
    }

    public Instant pricedAt() {
        return pricing.pricedAt();
    }

    public LocalDate dueOn() {
        return pricing.dueOn();
    }

    public String pickupCode() {
        return pickup.code();
    }

    public int pickupAttempts() {
        return pickup.attempts();
    }

    public boolean pickupLocked() {
        return pickup.locked();
    }

    public Handover handover() {
        return pickup.handover();
    }

    public String collectedBy() {
        return pickup.collectedBy();
    }

    public OrderStatus status() {
        return progress.status();
    }

    public Instant placedAt() {
        return progress.placedAt();
    }

    public Instant updatedAt() {
        return progress.updatedAt();
    }

    public Instant closedAt() {
        return progress.closedAt();
    }

    public int lastSeq() {
        return progress.lastSeq();
    }
}
