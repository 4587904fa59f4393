package coop.relais.orders;

import coop.relais.orders.internal.Order;
import coop.relais.orders.internal.OrderData;
import coop.relais.orders.internal.OrderNotifier;
import coop.relais.orders.internal.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the others what just happened to an order: for each step just recorded, an event for the other
 * modules (status changed, delivered, cancelled) and a notification for the people concerned, in the
 * same transaction as the change.
 */
@Component
class StepPublisher {

    private final ApplicationEventPublisher events;
    private final OrderNotifier notifier;

    StepPublisher(ApplicationEventPublisher events, OrderNotifier notifier) {
        this.events = events;
        this.notifier = notifier;
    }

    /** Publishes the events and notifications of the steps just recorded, in this transaction. */
    void publish(Order order) {
        OrderData d = order.data();
        for (Step step : order.recordedSteps()) {
            OrderAction.fromSlug(slug(step.action()))
                    .ifPresent(action -> events.publishEvent(new OrderStatusChanged(
                            d.id(),
                            d.reference(),
                            d.siteId(),
                            d.memberId(),
                            d.providerId(),
                            action,
                            step.from(),
                            step.to(),
                            step.actorId(),
                            step.at())));
            if (step.to() == OrderStatus.DELIVERED && step.from() != OrderStatus.DELIVERED) {
                events.publishEvent(new OrderDelivered(
                        d.id(),
                        d.reference(),
                        d.siteId(),
                        d.memberId(),
                        d.providerId(),
                        order.lines(),
                        step.at(),
                        d.personalService()));
            }
            if (step.to() == OrderStatus.CANCELLED && step.from() != OrderStatus.CANCELLED) {
                events.publishEvent(new OrderCancelled(
                        d.id(), d.reference(), d.siteId(), d.memberId(), step.from(), step.note(), step.at()));
            }
            notifier.stepTaken(order, step);
        }
    }

    private static String slug(String stepAction) {
        try {
            return OrderAction.valueOf(stepAction).slug();
        } catch (IllegalArgumentException notAnAction) {
            return "";
        }
    }
}
