package coop.relais.community;

/** Where a report stands: new, taken by the desk, sent to a provider, closed, or merged into another. */
public enum ReportStatus {
    OPEN,
    ASSIGNED,
    DISPATCHED,
    CLOSED,
    MERGED
}
