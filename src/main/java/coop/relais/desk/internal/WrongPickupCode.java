package coop.relais.desk.internal;

import coop.relais.shared.DomainException;

/** The code given does not match; the try was counted and must be saved. */
public class WrongPickupCode extends DomainException {

    private final int remainingTries;

    public WrongPickupCode(int remainingTries) {
        super(
                Kind.INVALID,
                remainingTries > 0 ? "desk.parcel.code.wrong" : "desk.parcel.code.nowLocked",
                Math.max(remainingTries, 0));
        this.remainingTries = Math.max(remainingTries, 0);
    }

    public int remainingTries() {
        return remainingTries;
    }
}
