package coop.relais.orders.internal;

import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrderView;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.Money;
import coop.relais.shared.PickupCodePolicy;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Orders as people see them ({@link OrderView}): what each reader may see of an order (a provider does
 * not see the member's name in the timeline nor the prices), in the site's time zone, with the
 * actions open to them.
 */
@Component
public class OrderViews {

    private final OrderRepository orders;
    private final ProofRepository proofs;
    private final SiteDirectory sites;
    private final PickupCodePolicy codes;
    private final Clock clock;

    OrderViews(
            OrderRepository orders, ProofRepository proofs, SiteDirectory sites, PickupCodePolicy codes, Clock clock) {
        this.orders = orders;
        this.proofs = proofs;
        this.sites = sites;
        this.codes = codes;
        this.clock = clock;
    }

    /** An order in full, as this person may see it: lines, timeline and proofs. */
    public OrderView detail(Order order, CurrentUser user) {
        OrderData d = order.data();
        Set<ActorKind> kinds = order.actorKinds(user);
        boolean member = kinds.contains(ActorKind.MEMBER);
        boolean staff = kinds.contains(ActorKind.STAFF);
        boolean providerOnly = !member && !staff;
        SiteView site = sites.find(d.siteId()).orElse(null);
        ZoneId zone = site == null ? Zones.DEFAULT : site.timeZone();
        List<OrderView.TimelineEntry> timeline = orders.steps(d.id()).stream()
                .map(step -> new OrderView.TimelineEntry(
                        step.seq(),
                        step.action(),
                        step.from(),
                        step.to(),
                        providerOnly && ActorKind.MEMBER.name().equals(step.actorRole()) ? null : step.actorName(),
                        step.actorRole(),
                        step.at(),
                        step.note()))
                .toList();
        List<OrderView.ProofView> proofViews = proofs.ofOrder(d.id()).stream()
                .map(p -> new OrderView.ProofView(p.id(), p.note(), p.hasPhoto(), p.addedAt()))
                .toList();
        return build(
                order,
                user,
                site == null ? null : site.name(),
                zone,
                providerName(d.providerId(), new HashMap<>()),
                providerOnly ? List.of() : order.lines(),
                timeline,
                proofViews);
    }

    /** Orders of a list, without lines, timeline nor proofs; sites and providers looked up once each. */
    public List<OrderView> summaries(List<OrderData> rows, CurrentUser user) {
        Map<UUID, SiteView> siteCache = new HashMap<>();
        Map<UUID, String> providerCache = new HashMap<>();
        Function<UUID, SiteView> site =
                id -> siteCache.computeIfAbsent(id, k -> sites.find(k).orElse(null));
        List<OrderView> views = new ArrayList<>(rows.size());
        for (OrderData d : rows) {
            SiteView s = site.apply(d.siteId());
            views.add(build(
                    Order.restore(d, List.of()),
                    user,
                    s == null ? null : s.name(),
                    s == null ? Zones.DEFAULT : s.timeZone(),
                    providerName(d.providerId(), providerCache),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        return views;
    }

    private String providerName(UUID providerId, Map<UUID, String> cache) {
        if (providerId == null) {
            return null;
        }
        return cache.computeIfAbsent(
                providerId, id -> sites.findProvider(id).map(ProviderView::name).orElse(null));
    }

    private OrderView build(
            Order order,
            CurrentUser user,
            String siteName,
            ZoneId zone,
            String providerName,
            List<OrderLine> lines,
            List<OrderView.TimelineEntry> timeline,
            List<OrderView.ProofView> proofViews) {
        OrderData d = order.data();
        Set<ActorKind> kinds = order.actorKinds(user);
        boolean member = kinds.contains(ActorKind.MEMBER);
        boolean staff = kinds.contains(ActorKind.STAFF);
        boolean seesMember = member || staff;
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Money memberAmount = lines.isEmpty()
                ? null
                : lines.stream().map(OrderLine::memberAmount).reduce(Money.ZERO, Money::plus);
        return new OrderView(
                d.id(),
                d.reference(),
                d.siteId(),
                siteName,
                zone,
                seesMember ? d.memberId() : null,
                seesMember ? d.memberName() : null,
                d.offerId(),
                d.serviceName(),
                d.priceModel(),
                d.unit(),
                d.unitPrice(),
                d.providerId(),
                providerName,
                staff ? d.offerProviderId() : null,
                d.providerAcceptedAt() != null,
                d.status(),
                d.quantity(),
                d.note(),
                d.quoteAmount(),
                d.totalAmount(),
                memberAmount,
                d.dueOn(),
                order.isLate(today),
                d.placedAt(),
                d.updatedAt(),
                member && d.status() == OrderStatus.READY ? d.pickupCode() : null,
                d.pickupLocked(),
                codes.triesLeft(d.pickupAttempts()),
                d.handover() == null ? null : d.handover().name(),
                seesMember ? d.collectedBy() : null,
                lines,
                timeline,
                proofViews,
                order.availableActions(user));
    }
}
