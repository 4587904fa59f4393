package coop.relais.identity.internal;

import coop.relais.shared.security.RoleGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to take a role: sent by e-mail with a single-use link that expires after 7 days.
 * Accepted once (creating the account, or adding the role to an existing one), or revoked.
 */
public record Invitation(
        UUID id,
        String email,
        String displayName,
        String language,
        RoleGrant grant,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt) {

    public static final Duration VALIDITY = Duration.ofDays(7);

    public enum Status {
        PENDING,
        EXPIRED,
        ACCEPTED,
        REVOKED
    }

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Status.EXPIRED;
        }
        return Status.PENDING;
    }

    /** Refuses to go on unless the invitation is still pending. */
    public void ensurePending(Instant now) {
        Status status = status(now);
        if (status != Status.PENDING) {
            throw new InvitationUnusableException(status);
        }
    }

    /** Thrown when following an invitation that was used, revoked or has expired. */
    public static class InvitationUnusableException extends RuntimeException {

        private final Status status;

        public InvitationUnusableException(Status status) {
            super("Invitation " + status);
            this.status = status;
        }

        public Status status() {
            return status;
        }
    }
}
