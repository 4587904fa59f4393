package coop.relais.orders;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands (PRODUCT §3.2), including the quote step of services on quote. */
public enum OrderStatus {
    /** A service on quote: the provider has been asked for a quote. */
    QUOTE_REQUESTED,
    /** The provider gave an amount; the member accepts or refuses it. */
    QUOTED,
    /** Placed by the member, waiting for the desk. */
    SUBMITTED,
    /** Taken on by the desk, to be dispatched. */
    ACCEPTED,
    /** Sent to a provider. */
    DISPATCHED,
    /** Being worked on. */
    IN_PROGRESS,
    /** Ready for pickup at the desk, with a one-time pickup code. */
    READY,
    /** Handed over (or done, for a service without an item). */
    DELIVERED,
    /** Cancelled, or quote refused. */
    CANCELLED,
    /** Declined by the provider: back to the desk to dispatch again. */
    DECLINED,
    /** Lost, damaged or late: the desk decides what comes next. */
    INCIDENT;

    private static final Set<OrderStatus> CLOSED = EnumSet.of(DELIVERED, CANCELLED);

    /** Delivered or cancelled: nothing can happen to it any more. */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Statuses still open, i.e. on the desk board. */
    public static Set<OrderStatus> open() {
        return EnumSet.complementOf(EnumSet.copyOf(CLOSED));
    }
}
