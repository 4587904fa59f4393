package coop.relais.community;

/** A person's place at an event: a seat, a place on the waitlist, or given up. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
