package coop.relais.desk.internal;

import coop.relais.shared.DomainException;

/** The tracking number already arrived at this site today: the desk must confirm to register it again. */
public class DuplicateTrackingNumber extends DomainException {

    public DuplicateTrackingNumber(String trackingNumber, String recipientName, String shelf) {
        super(Kind.CONFLICT, "desk.parcel.duplicate", trackingNumber, recipientName, shelf);
    }
}
