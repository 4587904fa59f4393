package coop.relais.orders;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PriceModel;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.orders.OrderManagement.Placed;
import coop.relais.orders.internal.IdempotencyRepository;
import coop.relais.orders.internal.NewOrder;
import coop.relais.orders.internal.Order;
import coop.relais.orders.internal.OrderData;
import coop.relais.orders.internal.OrderLocks;
import coop.relais.orders.internal.OrderRepository;
import coop.relais.orders.internal.OrderViews;
import coop.relais.orders.internal.PayerSplit;
import coop.relais.orders.internal.PayerTerms;
import coop.relais.orders.internal.Texts;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Placing an order, by a member for themselves or by the desk for a member standing at the counter:
 * the offer must be one they may order, the price is split between the member, their employer (within
 * its monthly cap) and the site owner, the order gets the next reference of the year and its due date.
 * A request sent twice with the same idempotency key places one order.
 */
@Component
class OrderPlacement {

    private final OrderRepository orders;
    private final OrderLocks locks;
    private final IdempotencyRepository idempotency;
    private final Catalogue catalogue;
    private final AccountDirectory accounts;
    private final SiteDirectory sites;
    private final OrderPricing pricing;
    private final StepPublisher steps;
    private final OrderViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OrderPlacement(
            OrderRepository orders,
            OrderLocks locks,
            IdempotencyRepository idempotency,
            Catalogue catalogue,
            AccountDirectory accounts,
            SiteDirectory sites,
            OrderPricing pricing,
            StepPublisher steps,
            OrderViews views,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.locks = locks;
        this.idempotency = idempotency;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.sites = sites;
        this.pricing = pricing;
        this.steps = steps;
        this.views = views;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Places an order. With an idempotency key, the same key from the same person always answers with
     * the same order, even for requests running at the same time; the same key with a different
     * request is refused.
     */
    Placed place(CurrentUser user, PlaceOrder command, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Placed(transactions.execute(status -> placeNow(user, command, null, null, false)), false);
        }
        String key = idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw DomainException.invalid("orders.error.idempotencyKey");
        }
        String hash = hash(command);
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return transactions.execute(status -> idempotency
                        .find(user.accountId(), key)
                        .map(claim -> replay(user, claim, hash))
                        .orElseGet(() -> new Placed(placeNow(user, command, key, hash, false), false)));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                // A request with the same key claimed it first: answer with its order once it committed.
                last = raced;
                Optional<Placed> done = transactions.execute(
                        status -> idempotency.find(user.accountId(), key).map(claim -> replay(user, claim, hash)));
                if (done != null && done.isPresent()) {
                    return done.get();
                }
            }
        }
        throw last;
    }

    /**
     * Places an order for the site's own needs (e.g. the repair of a shared vehicle): the person at the
     * desk who orders it is its contact, and the offer must be one the site owner pays in full, so that
     * no member is charged.
     */
    OrderView placeForSite(CurrentUser user, UUID offerId, String note) {
        return transactions.execute(status -> placeNow(user, new PlaceOrder(offerId, 1, note, null), null, null, true));
    }

    private Placed replay(CurrentUser user, IdempotencyRepository.Claim claim, String hash) {
        if (!claim.requestHash().equals(hash)) {
            throw new DomainException("orders.error.idempotencyMismatch");
        }
        Order order = orders.find(claim.orderId()).orElseThrow(() -> new NotFoundException("order"));
        return new Placed(views.detail(order, user), true);
    }

    private OrderView placeNow(CurrentUser user, PlaceOrder command, String key, String hash, boolean forTheSite) {
        Instant now = clock.instant();
        if (command.quantity() < 1 || command.quantity() > 999) {
            throw DomainException.invalid("orders.error.quantity");
        }
        String note = Texts.clean(command.note(), Order.MAX_NOTE);
        OfferView offer = catalogue.orderableOffer(user, command.offerId());
        NewOrder.Member member = forTheSite ? forTheSite(user, offer) : forWhom(user, command, offer);
        SiteView site = sites.find(offer.siteId()).orElseThrow(() -> new NotFoundException("site"));
        LocalDate today = LocalDate.ofInstant(now, site.timeZone());
        UUID id = UUID.randomUUID();
        if (key != null) {
            idempotency.claim(user.accountId(), key, hash, id, now);
        }
        NewOrder.Priced priced = NewOrder.Priced.ON_QUOTE;
        if (offer.priceModel() != PriceModel.ON_QUOTE) {
            Money used = pricing.employerUsed(member.id(), member.terms(), now, site.timeZone());
            List<OrderLine> lines = List.of(PayerSplit.line(
                    1, offer.serviceName(), command.quantity(), offer.price(), offer.vatRate(), member.terms(), used));
            priced = new NewOrder.Priced(
                    lines, pricing.dueOn(offer.siteId(), today, offer.leadTimeDays(), offer.daysOffered()));
        }
        // Last, so that the counter's row lock is held for as short a time as possible.
        String reference = locks.nextReference(today.getYear());
        Order order =
                Order.place(new NewOrder(id, reference, offer, member, command.quantity(), note, priced), user, now);
        orders.insert(order);
        OrderData d = order.data();
        events.publishEvent(new OrderPlaced(
                d.id(), d.reference(), d.siteId(), d.memberId(), d.offerId(), d.placedBy(), d.status(), d.placedAt()));
        steps.publish(order);
        return views.detail(order, user);
    }

    /**
     * The member the order is for: the person themselves, or a member of the site the desk orders for.
     * Their employer at the site, if any, takes its share as the offer says.
     */
    private NewOrder.Member forWhom(CurrentUser user, PlaceOrder command, OfferView offer) {
        UUID siteId = offer.siteId();
        boolean staff = user.worksAt(siteId);
        NewOrder.Member member;
        if (command.memberId() == null || command.memberId().equals(user.accountId())) {
            if (!user.hasAt(Role.MEMBER, siteId)) {
                throw DomainException.invalid(staff ? "orders.error.memberRequired" : "orders.error.notAMember");
            }
            Optional<UUID> employer = user.grants().stream()
                    .filter(g -> g.role() == Role.MEMBER && siteId.equals(g.siteId()) && g.organisationId() != null)
                    .map(RoleGrant::organisationId)
                    .findFirst();
            member = new NewOrder.Member(user.accountId(), user.displayName(), terms(offer, employer), false);
        } else {
            if (!staff) {
                throw new AccessDeniedException("Only the desk orders for someone else");
            }
            if (!accounts.holds(command.memberId(), Role.MEMBER, siteId)) {
                throw DomainException.invalid("orders.error.notAMember");
            }
            AccountSummary found = accounts.find(command.memberId())
                    .orElseThrow(() -> DomainException.invalid("orders.error.notAMember"));
            Optional<UUID> employer = accounts.employerOf(found.id(), siteId);
            member = new NewOrder.Member(found.id(), found.displayName(), terms(offer, employer), true);
        }
        if (offer.forOrganisations() && !member.byDesk()) {
            throw DomainException.invalid("orders.error.forOrganisations");
        }
        return member;
    }

    /** The desk orders for its site: only staff of the site, only an offer whose site owner pays it all. */
    private static NewOrder.Member forTheSite(CurrentUser user, OfferView offer) {
        if (!user.worksAt(offer.siteId())) {
            throw new AccessDeniedException("Only the desk orders for its site");
        }
        if (offer.payerRule().siteOwnerPercent().signum() == 0
                || offer.payerRule().memberPercent().signum() != 0
                || offer.payerRule().employerPercent().signum() != 0) {
            throw DomainException.invalid("orders.error.notForTheSite");
        }
        return new NewOrder.Member(user.accountId(), user.displayName(), terms(offer, Optional.empty()), true);
    }

    private static PayerTerms terms(OfferView offer, Optional<UUID> employer) {
        return PayerTerms.of(offer.payerRule(), employer.orElse(null));
    }

    /** What identifies a request, to tell the same request sent again from a different one with the same key. */
    static String hash(PlaceOrder command) {
        String canonical = command.offerId() + "|" + command.quantity() + "|"
                + (command.note() == null ? "" : command.note().strip()) + "|"
                + (command.memberId() == null ? "" : command.memberId());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
