package coop.relais.insertion;

/** A kind of work done at the desk, counted as evidence of skills. */
public enum EvidenceKind {
    ORDER_ACCEPTED,
    ORDER_HANDED_OVER,
    PARCEL_REGISTERED,
    PARCEL_HANDED_OVER,
    DESK_OPENED,
    DESK_CLOSED,
    REQUEST_COMPLETED
}
