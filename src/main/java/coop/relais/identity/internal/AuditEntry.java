package coop.relais.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log. */
public record AuditEntry(
        UUID id, Instant at, UUID actorId, String actorEmail, String action, String target, String detail, String ip) {}
