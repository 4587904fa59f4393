package coop.relais.booking;

/**
 * Where a booking stands: confirmed (it holds its slot), cancelled (the slot is free again), or a no-show
 * (a room not checked in by the end of its grace period: released, the row kept as a record).
 */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED,
    NO_SHOW
}
