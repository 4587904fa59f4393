package coop.relais.booking;

/** Where a booking stands: confirmed (it holds its slot) or cancelled (the slot is free again). */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
