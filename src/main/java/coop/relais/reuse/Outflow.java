package coop.relais.reuse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Sorted goods going out of the shop's stock: to the shop floor, to repair, to recycling or to disposal. */
public record Outflow(
        UUID id,
        UUID siteId,
        ReuseCategory category,
        Stream stream,
        BigDecimal kg,
        String recipient,
        Instant recordedAt) {}
