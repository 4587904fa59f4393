package coop.relais.orders.internal;

import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Who may do what to an order: in which capacities a person acts on it (its member, the staff of its
 * site, its provider), and why an action is refused (not theirs to see, not theirs to take, too late).
 */
final class OrderRules {

    private OrderRules() {}

    /** In which capacities the person may act on this order; empty if it is none of their business. */
    static Set<ActorKind> actorKinds(OrderData data, CurrentUser user) {
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        if (data.memberId().equals(user.accountId())) {
            kinds.add(ActorKind.MEMBER);
        }
        if (user.worksAt(data.siteId())) {
            kinds.add(ActorKind.STAFF);
        }
        if (data.providerId() != null && user.actsFor(Role.PROVIDER, data.providerId())) {
            kinds.add(ActorKind.PROVIDER);
        }
        return kinds;
    }

    /** An allowed action: where it leads, and in which capacity the person takes it. */
    record Allowed(OrderStatus to, ActorKind as) {}

    static Allowed check(OrderData data, OrderAction action, CurrentUser user) {
        Set<ActorKind> kinds = actorKinds(data, user);
        if (kinds.isEmpty()) {
            throw new NotFoundException("order");
        }
        var rule = Transitions.rule(data.status(), action);
        if (rule.isPresent() && rule.get().actors().stream().anyMatch(kinds::contains)) {
            return new Allowed(rule.get().to(), recordedRole(rule.get().actors(), kinds));
        }
        if (Transitions.actorsOf(action).stream().noneMatch(kinds::contains)) {
            throw new AccessDeniedException("Not allowed to " + action.slug() + " an order");
        }
        if (data.status().isClosed()) {
            throw new DomainException("orders.error.closed", statusLabel(data.status()));
        }
        if (action == OrderAction.CANCEL && kinds.equals(EnumSet.of(ActorKind.MEMBER))) {
            throw new DomainException("orders.error.cancelTooLate");
        }
        throw new DomainException("orders.error.illegal", actionLabel(action), statusLabel(data.status()));
    }

    static DefaultMessageSourceResolvable statusLabel(OrderStatus status) {
        return new DefaultMessageSourceResolvable("orders.status." + status.name());
    }

    static DefaultMessageSourceResolvable actionLabel(OrderAction action) {
        return new DefaultMessageSourceResolvable("orders.action." + action.slug());
    }

    private static ActorKind recordedRole(Set<ActorKind> allowed, Set<ActorKind> kinds) {
        for (ActorKind kind : List.of(ActorKind.MEMBER, ActorKind.PROVIDER, ActorKind.STAFF)) {
            if (allowed.contains(kind) && kinds.contains(kind)) {
                return kind;
            }
        }
        return ActorKind.STAFF;
    }
}
