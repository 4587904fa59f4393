package coop.relais.booking;

/**
 * Where a booking stands. Four hold their slot: HELD (offered to the first person waiting, for a short
 * time), PENDING (waiting for the site's approval), CONFIRMED, and MAINTENANCE (a block the desk sets).
 * The others free it and stay as records: CANCELLED, DECLINED (by the site), EXPIRED (an offer not taken),
 * NO_SHOW (a room not checked in by the end of its grace period).
 */
public enum BookingStatus {
    HELD,
    PENDING,
    CONFIRMED,
    MAINTENANCE,
    CANCELLED,
    DECLINED,
    EXPIRED,
    NO_SHOW;

    /** It holds its slot: nothing else may overlap it. */
    public boolean holds() {
        return this == HELD || this == PENDING || this == CONFIRMED || this == MAINTENANCE;
    }
}
