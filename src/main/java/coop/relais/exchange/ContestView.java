package coop.relais.exchange;

import java.time.Instant;
import java.util.UUID;

/** A committed transfer contested by one side: open, accepted by the other, upheld or dismissed. */
public record ContestView(
        UUID id,
        UUID transactionId,
        UUID raisedBy,
        String reason,
        Instant raisedAt,
        String status,
        UUID decidedBy,
        String decisionReason,
        UUID reversalId) {}
