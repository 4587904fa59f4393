package coop.relais.reuse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A quarter's declaration of a site's reuse shop: the kilos in by category and out by category and stream,
 * as the report gave them when it was produced, frozen since.
 */
public record Declaration(
        UUID id,
        UUID siteId,
        int year,
        int quarter,
        String producedBy,
        Instant producedAt,
        List<ReuseReport.Line> lines) {}
