package coop.relais.orders.internal;

/** In which capacity a person acts on an order. Admins act as staff of every site. */
public enum ActorKind {
    /** The member the order is for. */
    MEMBER,
    /** A concierge or site manager of the order's site, or an admin. */
    STAFF,
    /** Staff of the provider organisation holding the job. */
    PROVIDER
}
