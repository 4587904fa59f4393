package coop.relais.reuse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kilos of a period at a site, from {@code from} to {@code to} included, in the site's days: what came in
 * by category, and what went out by category and stream.
 */
public record ReuseReport(UUID siteId, LocalDate from, LocalDate to, List<Line> lines, Line total) {

    /** One category's kilos in, and out by stream. */
    public record Line(ReuseCategory category, BigDecimal inKg, Map<Stream, BigDecimal> outKg) {

        public BigDecimal out(Stream stream) {
            return outKg.getOrDefault(stream, BigDecimal.ZERO);
        }

        public BigDecimal totalOut() {
            return outKg.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
