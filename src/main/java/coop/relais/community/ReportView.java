package coop.relais.community;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A report of a problem in the common spaces.
 *
 * @param assignedName the desk member who took it, or null
 * @param orderReference the provider's order that fixes it, or null
 * @param mergedInto the report it was merged into (the same problem reported earlier), or null
 */
public record ReportView(
        UUID id,
        UUID siteId,
        String siteName,
        ZoneId zone,
        UUID reporterId,
        String reporterName,
        ReportCategory category,
        String description,
        String place,
        boolean hasPhoto,
        ReportStatus status,
        String assignedName,
        UUID orderId,
        String orderReference,
        UUID mergedInto,
        String closingNote,
        Instant reportedAt,
        Instant closedAt) {

    public boolean open() {
        return status != ReportStatus.CLOSED && status != ReportStatus.MERGED;
    }
}
