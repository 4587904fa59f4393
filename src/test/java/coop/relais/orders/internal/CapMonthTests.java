package coop.relais.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CapMonthTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theMonthIsTheSitesCalendarMonthNotUtcs() {
        // 31 March 23:30 UTC is already 1 April 01:30 in Paris (summer time): April's cap.
        CapMonth april = CapMonth.of(Instant.parse("2026-03-31T23:30:00Z"), PARIS);
        assertThat(april.from()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(april.to()).isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
        // 31 January 22:59 UTC is still January in Paris (winter time).
        CapMonth january = CapMonth.of(Instant.parse("2026-01-31T22:59:00Z"), PARIS);
        assertThat(january.from()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(january.to()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
    }
}
