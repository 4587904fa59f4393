package coop.relais.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A damage found on a resource and not repaired yet: the resource is out of service until the desk puts it
 * back.
 *
 * @param repairOrderId the order placed for its repair, or null while none is
 * @param repairOrderReference that order's reference (e.g. R-2026-00042), or null
 */
public record DamageView(
        UUID id,
        UUID resourceId,
        String resourceName,
        String plate,
        String description,
        Instant reportedAt,
        ZoneId timeZone,
        String reportedBy,
        UUID repairOrderId,
        String repairOrderReference) {

    /** Whether its repair has been ordered. */
    public boolean repairOrdered() {
        return repairOrderId != null;
    }
}
