package coop.relais.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An instant is bound as the same instant at offset UTC; null stays null. */
class InstantsTests {

    @Test
    void bindsTheSameInstantAtOffsetUtc() {
        Instant instant = Instant.parse("2026-03-29T00:59:59.123456Z");
        var bound = Instants.param(instant);
        assertThat(bound.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(bound.toInstant()).isEqualTo(instant);
        assertThat(bound.getNano()).isEqualTo(123_456_000);
    }

    @Test
    void bindsNullAsNull() {
        assertThat(Instants.param(null)).isNull();
    }
}
