package coop.relais.orders.internal;

import static coop.relais.orders.OrderAction.*;
import static coop.relais.orders.OrderStatus.*;
import static coop.relais.orders.internal.ActorKind.*;

import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole lifecycle in one table: for each status, the actions allowed, the status they lead to and
 * who may take them. Anything not in the table is refused.
 */
public final class Transitions {

    /** The status an action leads to and who may take it. */
    public record Rule(OrderStatus to, Set<ActorKind> actors) {}

    private static final Map<OrderStatus, Map<OrderAction, Rule>> TABLE = new EnumMap<>(OrderStatus.class);

    static {
        allow(SUBMITTED, ACCEPT, ACCEPTED, STAFF);
        allow(SUBMITTED, CANCEL, CANCELLED, MEMBER, STAFF);

        allow(ACCEPTED, DISPATCH, DISPATCHED, STAFF);
        // Optional step: the desk does the job itself (e.g. a badge activation), no provider.
        allow(ACCEPTED, START, IN_PROGRESS, STAFF);
        allow(ACCEPTED, CANCEL, CANCELLED, MEMBER, STAFF);

        allow(QUOTE_REQUESTED, QUOTE, QUOTED, PROVIDER, STAFF);
        allow(QUOTE_REQUESTED, DECLINE, DECLINED, PROVIDER);
        allow(QUOTE_REQUESTED, CANCEL, CANCELLED, MEMBER, STAFF);

        // The provider who quoted holds the item: an accepted quote goes straight to them.
        allow(QUOTED, ACCEPT_QUOTE, DISPATCHED, MEMBER, STAFF);
        allow(QUOTED, REFUSE_QUOTE, CANCELLED, MEMBER, STAFF);
        allow(QUOTED, CANCEL, CANCELLED, MEMBER, STAFF);

        // The provider acknowledges the job; the status stays DISPATCHED.
        allow(DISPATCHED, ACCEPT, DISPATCHED, PROVIDER);
        allow(DISPATCHED, DECLINE, DECLINED, PROVIDER);
        allow(DISPATCHED, START, IN_PROGRESS, PROVIDER, STAFF);
        allow(DISPATCHED, OrderAction.INCIDENT, OrderStatus.INCIDENT, PROVIDER, STAFF);
        allow(DISPATCHED, CANCEL, CANCELLED, STAFF);

        // Back at the desk: dispatch again (to a quote request if the order was never priced).
        allow(DECLINED, DISPATCH, DISPATCHED, STAFF);
        allow(DECLINED, CANCEL, CANCELLED, STAFF);

        allow(IN_PROGRESS, OrderAction.READY, OrderStatus.READY, PROVIDER, STAFF);
        // Optional step: a service without an item is simply done, nothing to collect.
        allow(IN_PROGRESS, COMPLETE, DELIVERED, PROVIDER, STAFF);
        allow(IN_PROGRESS, OrderAction.INCIDENT, OrderStatus.INCIDENT, PROVIDER, STAFF);

        allow(OrderStatus.READY, DELIVER, DELIVERED, STAFF);
        allow(OrderStatus.READY, OrderAction.INCIDENT, OrderStatus.INCIDENT, STAFF);

        allow(OrderStatus.INCIDENT, DISPATCH, DISPATCHED, STAFF);
        allow(OrderStatus.INCIDENT, OrderAction.READY, OrderStatus.READY, PROVIDER, STAFF);
        allow(OrderStatus.INCIDENT, CANCEL, CANCELLED, STAFF);
    }

    private Transitions() {}

    private static void allow(OrderStatus from, OrderAction action, OrderStatus to, ActorKind... actors) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(OrderAction.class))
                .put(action, new Rule(to, Collections.unmodifiableSet(EnumSet.of(actors[0], actors))));
    }

    /** The rule for an action in a status, if the action is possible there at all. */
    public static Optional<Rule> rule(OrderStatus from, OrderAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** Whether someone acting as any of {@code kinds} may take the action in this status. */
    public static boolean allowed(OrderStatus from, OrderAction action, Set<ActorKind> kinds) {
        return rule(from, action)
                .map(rule -> rule.actors().stream().anyMatch(kinds::contains))
                .orElse(false);
    }

    /** Who may take the action in some status: anyone else is refused whatever the status (403). */
    public static Set<ActorKind> actorsOf(OrderAction action) {
        Set<ActorKind> actors = EnumSet.noneOf(ActorKind.class);
        TABLE.values().forEach(rules -> {
            Rule rule = rules.get(action);
            if (rule != null) {
                actors.addAll(rule.actors());
            }
        });
        return actors;
    }

    /** The actions someone acting as any of {@code kinds} may take in this status. */
    public static Set<OrderAction> available(OrderStatus from, Set<ActorKind> kinds) {
        Set<OrderAction> actions = EnumSet.noneOf(OrderAction.class);
        TABLE.getOrDefault(from, Map.of()).forEach((action, rule) -> {
            if (rule.actors().stream().anyMatch(kinds::contains)) {
                actions.add(action);
            }
        });
        return actions;
    }
}
