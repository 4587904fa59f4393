package coop.relais.orders;

import coop.relais.shared.DomainException;

/**
 * The pickup code given at the desk is not the order's. The failed try is kept (the transaction
 * commits); after the last try the code is locked and only an ID check remains.
 */
public class WrongPickupCodeException extends DomainException {

    private final int attemptsLeft;

    public WrongPickupCodeException(int attemptsLeft) {
        super(Kind.INVALID, attemptsLeft > 0 ? "orders.error.wrongCode" : "orders.error.codeLockedNow", attemptsLeft);
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
