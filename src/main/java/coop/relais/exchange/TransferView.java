package coop.relais.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment, a payment request, a reversal or an adjustment, between two accounts of a SEL.
 *
 * @param euros the euro part of a mixed exchange, or null
 */
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
        UUID reversesId,
        EuroPart euros) {}
