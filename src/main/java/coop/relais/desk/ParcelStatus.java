package coop.relais.desk;

/** Where a parcel stands: on the shelf (received, then notified), or gone (collected or returned). */
public enum ParcelStatus {
    RECEIVED,
    NOTIFIED,
    COLLECTED,
    RETURNED;

    /** Still on the shelf, waiting for its recipient. */
    public boolean isWaiting() {
        return this == RECEIVED || this == NOTIFIED;
    }
}
