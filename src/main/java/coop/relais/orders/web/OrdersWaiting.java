package coop.relais.orders.web;

import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrdersAtTheDesk;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.WaitingItem;
import coop.relais.shared.web.WaitingWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What orders have waiting on a person's home page: a member's orders ready to collect and quotes to
 * answer; the desk's orders to accept, to dispatch and late; a provider's missions to accept.
 */
@Component
class OrdersWaiting implements WaitingWork {

    private final OrderManagement orders;
    private final OrdersAtTheDesk ordersAtTheDesk;

    OrdersWaiting(OrderManagement orders, OrdersAtTheDesk ordersAtTheDesk) {
        this.orders = orders;
        this.ordersAtTheDesk = ordersAtTheDesk;
    }

    @Override
    public List<WaitingItem> waitingFor(CurrentUser user, UUID siteId) {
        List<WaitingItem> waiting = new ArrayList<>();
        if (user.has(Role.MEMBER)) {
            Map<OrderStatus, Long> mine = orders.myOpenOrderCounts(user);
            waiting.add(new WaitingItem(
                    "orders.waiting.quoted", mine.getOrDefault(OrderStatus.QUOTED, 0L), "/orders", true));
            waiting.add(new WaitingItem(
                    "orders.waiting.ready", mine.getOrDefault(OrderStatus.READY, 0L), "/orders", false));
        }
        if (siteId != null && user.worksAt(siteId)) {
            OrdersAtTheDesk.Counts desk = ordersAtTheDesk.counts(user, siteId);
            waiting.add(new WaitingItem("orders.waiting.late", desk.late(), "/orders/board", true));
            waiting.add(new WaitingItem("orders.waiting.toAccept", desk.toAccept(), "/orders/board", false));
            waiting.add(new WaitingItem("orders.waiting.toDispatch", desk.toDispatch(), "/orders/board", false));
        }
        if (user.has(Role.PROVIDER)) {
            waiting.add(new WaitingItem(
                    "orders.waiting.jobsToAccept",
                    orders.providerJobs(user, OrderStatus.DISPATCHED).size(),
                    "/provider/jobs",
                    false));
        }
        return waiting;
    }
}
