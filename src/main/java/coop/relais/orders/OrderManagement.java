package coop.relais.orders;

import coop.relais.orders.internal.ActorKind;
import coop.relais.orders.internal.Order;
import coop.relais.orders.internal.OrderData;
import coop.relais.orders.internal.OrderListQueries;
import coop.relais.orders.internal.OrderRepository;
import coop.relais.orders.internal.OrderViews;
import coop.relais.orders.internal.PayerSplit;
import coop.relais.orders.internal.ProofRepository;
import coop.relais.orders.internal.Texts;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PickupCodePolicy;
import coop.relais.shared.paging.Cursor;
import coop.relais.shared.paging.Slice;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders module's use cases, each scoped to the person asking: a member works on their own
 * orders, the desk on its sites' orders, a provider on the jobs of its organisation, an admin on all.
 * Out-of-scope ids are "not found"; actions refused by the lifecycle are {@link DomainException}s.
 */
@Service
public class OrderManagement {

    /** Most orders a list or the board shows at once. */
    public static final int MAX_PAGE = 100;

    private final OrderRepository orders;
    private final ProofRepository proofs;
    private final SiteDirectory sites;
    private final PickupCodePolicy codes;
    private final OrderViews views;
    private final OrderListQueries lists;
    private final OrderPlacement placement;
    private final OrderPricing pricing;
    private final StepPublisher steps;
    private final Clock clock;

    OrderManagement(
            OrderRepository orders,
            ProofRepository proofs,
            SiteDirectory sites,
            PickupCodePolicy codes,
            OrderViews views,
            OrderListQueries lists,
            OrderPlacement placement,
            OrderPricing pricing,
            StepPublisher steps,
            Clock clock) {
        this.orders = orders;
        this.proofs = proofs;
        this.sites = sites;
        this.codes = codes;
        this.views = views;
        this.lists = lists;
        this.placement = placement;
        this.pricing = pricing;
        this.steps = steps;
        this.clock = clock;
    }

    // ================================================================ placing

    /** The result of a placement: the order, and whether it was made by an earlier request with the same key. */
    public record Placed(OrderView order, boolean replayed) {}

    /** Places an order (see {@link #place(CurrentUser, PlaceOrder, String)}), without idempotency key. */
    public OrderView place(CurrentUser user, PlaceOrder command) {
        return place(user, command, null).order();
    }

    /**
     * Places an order. With an idempotency key, the same key from the same person always answers with
     * the same order, even for requests running at the same time; the same key with a different
     * request is refused.
     */
    public Placed place(CurrentUser user, PlaceOrder command, String idempotencyKey) {
        return placement.place(user, command, idempotencyKey);
    }

    /**
     * Places an order for the site's own needs, such as the repair of a shared vehicle: the person at the
     * desk who orders it is its contact, and the offer must be one the site owner pays in full.
     */
    public OrderView placeForSite(CurrentUser user, UUID offerId, String note) {
        return placement.placeForSite(user, offerId, note);
    }

    // ================================================================ acting

    /**
     * Takes an action on an order. Out of the person's scope: not found; not theirs to take: access
     * denied; not possible now: a {@link DomainException} saying why. A wrong pickup code is kept as a
     * failed try even though the call fails.
     */
    @Transactional(noRollbackFor = WrongPickupCodeException.class)
    public OrderView act(CurrentUser user, UUID orderId, OrderAction action, ActionInput input) {
        Order order = orders.findForUpdate(orderId)
                .filter(o -> o.visibleTo(user))
                .orElseThrow(() -> new NotFoundException("order"));
        ActionInput in = input == null ? ActionInput.NONE : input;
        Instant now = clock.instant();
        Order.CodeCheck codeCheck = null;
        switch (action) {
            case ACCEPT -> order.accept(user, now);
            case DISPATCH -> {
                order.ensureAllowed(action, user);
                UUID providerId = in.providerId();
                Optional<ProviderView> provider = providerId == null
                        ? Optional.empty()
                        : sites.findProvider(providerId).filter(ProviderView::active);
                boolean serves = provider.isPresent()
                        && sites.providerServes(providerId, order.data().siteId());
                order.dispatch(
                        user, providerId, provider.map(ProviderView::name).orElse(null), serves, now);
            }
            case START -> order.start(user, now);
            case READY -> order.markReady(user, codes.newCode(), now);
            case DELIVER -> {
                if (in.pickupCode() != null && !in.pickupCode().isBlank()) {
                    codeCheck = order.deliverWithCode(user, in.pickupCode(), in.collectorName(), now, codes);
                } else if (in.idChecked()) {
                    order.deliverWithIdCheck(user, in.collectorName(), now);
                } else {
                    order.ensureAllowed(action, user);
                    throw DomainException.invalid("orders.error.codeOrId");
                }
            }
            case COMPLETE -> order.complete(user, now);
            case CANCEL -> order.cancel(user, in.reason(), now);
            case DECLINE -> order.decline(user, in.reason(), now);
            case INCIDENT -> order.reportIncident(user, in.reason(), now);
            case QUOTE -> order.quote(user, in.amount(), in.reason(), now);
            case ACCEPT_QUOTE -> {
                order.ensureAllowed(action, user);
                OrderData d = order.data();
                ZoneId zone = sites.zoneOf(d.siteId());
                Money used = pricing.employerUsed(d.memberId(), d.terms(), now, zone);
                OrderLine line = PayerSplit.line(1, d.serviceName(), 1, d.quoteAmount(), d.vatRate(), d.terms(), used);
                LocalDate due =
                        pricing.dueOn(d.siteId(), LocalDate.ofInstant(now, zone), d.leadTimeDays(), d.daysOffered());
                order.acceptQuote(user, List.of(line), due, now);
            }
            case REFUSE_QUOTE -> order.refuseQuote(user, in.reason(), now);
        }
        orders.update(order);
        steps.publish(order);
        if (codeCheck == Order.CodeCheck.WRONG_CODE) {
            throw new WrongPickupCodeException(codes.triesLeft(order.data().pickupAttempts()));
        }
        if (codeCheck == Order.CodeCheck.LOCKED_NOW) {
            throw new WrongPickupCodeException(0);
        }
        return views.detail(order, user);
    }

    /** Adds a proof of completion (a note and/or a photo already checked by the caller). */
    @Transactional
    public OrderView addProof(CurrentUser user, UUID orderId, String note, String contentType, byte[] photo) {
        Order order = orders.findForUpdate(orderId)
                .filter(o -> o.visibleTo(user))
                .orElseThrow(() -> new NotFoundException("order"));
        String cleaned = Texts.clean(note, Order.MAX_NOTE);
        boolean hasPhoto = photo != null && photo.length > 0;
        if (cleaned == null && !hasPhoto) {
            throw DomainException.invalid("orders.error.proofEmpty");
        }
        Instant now = clock.instant();
        order.recordProof(user, cleaned, now);
        proofs.insert(
                UUID.randomUUID(),
                orderId,
                cleaned,
                hasPhoto ? contentType : null,
                hasPhoto ? photo : null,
                user.accountId(),
                now);
        orders.update(order);
        return views.detail(order, user);
    }

    @Transactional(readOnly = true)
    public Optional<ProofPhoto> proofPhoto(CurrentUser user, UUID orderId, UUID proofId) {
        visible(user, orderId);
        return proofs.photo(orderId, proofId).map(p -> new ProofPhoto(p.contentType(), p.data()));
    }

    // ================================================================ reading

    /** The order with its lines, timeline and proofs, as this person may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public OrderView find(CurrentUser user, UUID orderId) {
        return views.detail(visible(user, orderId), user);
    }

    private Order visible(CurrentUser user, UUID orderId) {
        return orders.find(orderId).filter(o -> o.visibleTo(user)).orElseThrow(() -> new NotFoundException("order"));
    }

    /** The person's own orders, newest first, read by keyset: the page after {@code after} (null for the first). */
    @Transactional(readOnly = true)
    public Slice<OrderView> myOrders(CurrentUser user, Cursor after, int size) {
        int bounded = bound(size);
        OrderListQueries.Scope own = new OrderListQueries.Scope(false, user.accountId(), Set.of(), Set.of());
        List<OrderData> rows = lists.searchAfter(own, null, null, after, bounded + 1);
        Slice<OrderData> slice = Slice.of(rows, bounded, d -> new Cursor(d.placedAt(), d.id()));
        return new Slice<>(views.summaries(slice.items(), user), bounded, slice.next());
    }

    /**
     * Orders the person may see, filtered, newest first (the API list), read by keyset: the page after
     * {@code after} (null for the first), with where the next one starts.
     */
    @Transactional(readOnly = true)
    public Slice<OrderView> search(CurrentUser user, OrderStatus status, UUID siteId, Cursor after, int size) {
        int bounded = bound(size);
        if (siteId != null) {
            sites.visibleSite(user, siteId);
        }
        OrderListQueries.Scope scope = new OrderListQueries.Scope(
                user.isAdmin(), user.accountId(), user.staffSites(), user.organisationsWhere(Role.PROVIDER));
        List<OrderData> rows = lists.searchAfter(scope, status, siteId, after, bounded + 1);
        Slice<OrderData> slice = Slice.of(rows, bounded, d -> new Cursor(d.placedAt(), d.id()));
        return new Slice<>(views.summaries(slice.items(), user), bounded, slice.next());
    }

    /** How many of the person's own open orders stand at each status (their home page). */
    @Transactional(readOnly = true)
    public Map<OrderStatus, Long> myOpenOrderCounts(CurrentUser user) {
        return lists.openCountsOfMember(user.accountId());
    }

    /** The jobs of the person's provider organisations: open ones, and the closed ones of late. */
    @Transactional(readOnly = true)
    public List<OrderView> providerJobs(CurrentUser user, OrderStatus status) {
        Set<UUID> providers = user.organisationsWhere(Role.PROVIDER);
        if (providers.isEmpty()) {
            throw new AccessDeniedException("Not staff of a provider");
        }
        Set<OrderStatus> statuses = status == null ? EnumSet.allOf(OrderStatus.class) : EnumSet.of(status);
        return views.summaries(lists.ofProviders(providers, statuses, MAX_PAGE), user);
    }

    /** The providers the desk may dispatch the order to. */
    @Transactional(readOnly = true)
    public List<ProviderView> providersFor(CurrentUser user, UUID orderId) {
        Order order = visible(user, orderId);
        if (!order.actorKinds(user).contains(ActorKind.STAFF)) {
            return List.of();
        }
        return sites.providersServing(order.data().siteId());
    }

    // ================================================================ paging

    private static int bound(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE);
    }
}
