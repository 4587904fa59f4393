package coop.relais.exchange;

import java.time.Instant;
import java.util.UUID;

/** A payment, a payment request, or a reversal, between two members of a SEL. */
public record TransferView(
        UUID id,
        UUID selId,
        String kind,
        String status,
        UUID payerId,
        String payerName,
        UUID payeeId,
        String payeeName,
        long amount,
        String memo,
        Instant createdAt,
        Instant committedAt,
        Instant expiresAt,
        UUID reversesId) {}
