package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit page names people and things, not stored kinds, identifiers or loopback addresses. */
class AuditEntryTests {

    private static AuditEntry entry(String target, String ip) {
        return new AuditEntry(
                UUID.randomUUID(), Instant.now(), null, "admin@relais.test", "ROLE_GRANTED", target, null, ip);
    }

    @Test
    void theTargetReadsAsThePersonOrThing() {
        assertThat(entry("account:ac000000-0000-4000-8000-000000000005 habitant@relais.test", null)
                        .targetLabel())
                .isEqualTo("habitant@relais.test");
        assertThat(entry("account:habitant@relais.test", null).targetLabel()).isEqualTo("habitant@relais.test");
        assertThat(entry("invitation:0f000000-0000-4000-8000-000000000001", null)
                        .targetLabel())
                .isEqualTo("—");
        assertThat(entry(null, null).targetLabel()).isEmpty();
    }

    @Test
    void requestsFromTheServerItselfAreSaidInWords() {
        assertThat(entry("x", "0:0:0:0:0:0:0:1").fromThisMachine()).isTrue();
        assertThat(entry("x", "127.0.0.1").fromThisMachine()).isTrue();
        assertThat(entry("x", "192.0.2.10").fromThisMachine()).isFalse();
    }
}
