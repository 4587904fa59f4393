package coop.relais.desk;

/** An à-la-carte request is submitted, then done by the desk, or cancelled by its organisation. */
public enum RequestStatus {
    SUBMITTED,
    DONE,
    CANCELLED
}
