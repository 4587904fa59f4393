package coop.relais.reuse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A donation weighed in: its receipt number at the site, its category, its weight (gross, the container's tare,
 * net) and condition, and its donor if they wished to be named.
 */
public record Intake(
        UUID id,
        UUID siteId,
        String siteName,
        long receiptNo,
        ReuseCategory category,
        BigDecimal grossKg,
        BigDecimal tareKg,
        BigDecimal netKg,
        String condition,
        UUID donorId,
        String donorName,
        String receivedBy,
        Instant receivedAt,
        ZoneId timeZone) {}
