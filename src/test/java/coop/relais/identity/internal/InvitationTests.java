package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTests {

    private static final Instant SENT = Instant.parse("2026-03-02T08:00:00Z");

    private static Invitation invitation(Instant acceptedAt, Instant revokedAt) {
        return new Invitation(
                UUID.randomUUID(),
                "a@b.test",
                "A",
                "fr",
                RoleGrant.atSite(Role.MEMBER, UUID.randomUUID()),
                null,
                SENT,
                SENT.plus(Invitation.VALIDITY),
                acceptedAt,
                revokedAt);
    }

    @Test
    void pendingForSevenDaysThenExpired() {
        Invitation invitation = invitation(null, null);
        assertThat(invitation.status(SENT.plus(Duration.ofDays(6)))).isEqualTo(Invitation.Status.PENDING);
        assertThat(invitation.status(SENT.plus(Duration.ofDays(7)).minusSeconds(1)))
                .isEqualTo(Invitation.Status.PENDING);
        assertThat(invitation.status(SENT.plus(Duration.ofDays(7)))).isEqualTo(Invitation.Status.EXPIRED);
        assertThatThrownBy(() -> invitation.ensurePending(SENT.plus(Duration.ofDays(8))))
                .isInstanceOfSatisfying(
                        Invitation.InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(Invitation.Status.EXPIRED));
    }

    @Test
    void usedOnceOrRevokedIsNoLongerPending() {
        assertThat(invitation(SENT.plusSeconds(60), null).status(SENT.plusSeconds(120)))
                .isEqualTo(Invitation.Status.ACCEPTED);
        assertThat(invitation(null, SENT.plusSeconds(60)).status(SENT.plusSeconds(120)))
                .isEqualTo(Invitation.Status.REVOKED);
        assertThatThrownBy(() -> invitation(SENT, null).ensurePending(SENT.plusSeconds(1)))
                .isInstanceOf(Invitation.InvitationUnusableException.class);
    }
}
