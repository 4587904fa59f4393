package coop.relais.orders.internal;

/** How an order left the desk. */
public enum Handover {
    /** The collector gave the one-time pickup code. */
    CODE,
    /** The concierge checked the collector's ID and wrote down their name. */
    ID_CHECK,
    /** Nothing to collect: a service without an item. */
    NONE
}
