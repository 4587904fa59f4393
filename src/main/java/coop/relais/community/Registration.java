package coop.relais.community;

/**
 * A person's registration at an event.
 *
 * @param position their place on the waitlist (1 is next), or null with a seat
 * @param volunteer they offered to help run the event
 */
public record Registration(RegistrationStatus status, Integer position, boolean volunteer) {}
