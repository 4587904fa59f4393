package coop.relais.desk;

import java.time.Instant;
import java.util.UUID;

/**
 * A parcel waiting for the signed-in member, with the pickup code to give at the desk.
 *
 * @param returnFlaggedAt set when the parcel waited too long and will be sent back
 */
public record MemberParcelView(
        UUID id,
        UUID siteId,
        String siteName,
        String carrier,
        String trackingNumber,
        ParcelSize size,
        ParcelStatus status,
        Instant receivedAt,
        String pickupCode,
        Instant returnFlaggedAt) {}
