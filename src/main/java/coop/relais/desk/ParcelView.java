package coop.relais.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A parcel as the desk staff see it. Never carries the pickup code: only its recipient sees that.
 *
 * @param receivedOn the day it arrived, in the site's time zone
 * @param returnFlaggedAt when it was flagged for return, having waited too long; null otherwise
 * @param codeLocked too many wrong codes were tried: hand over on an ID check only
 */
public record ParcelView(
        UUID id,
        UUID siteId,
        UUID recipientId,
        String recipientName,
        String carrier,
        String trackingNumber,
        ParcelSize size,
        String shelf,
        ParcelStatus status,
        LocalDate receivedOn,
        Instant receivedAt,
        Instant notifiedAt,
        Instant remindedAt,
        Instant returnFlaggedAt,
        boolean codeLocked,
        Instant collectedAt,
        CollectionMethod collectionMethod,
        String collectorName,
        Instant returnedAt,
        String returnNote) {

    public boolean waiting() {
        return status.isWaiting();
    }

    public boolean returnDue() {
        return waiting() && returnFlaggedAt != null;
    }
}
