package coop.relais.community;

/** Where an event stands: proposed by a member and waiting for the staff, published, or not held. */
public enum EventStatus {
    PROPOSED,
    PUBLISHED,
    CANCELLED,
    DECLINED
}
