package coop.relais.billing;

import coop.relais.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment taken at the desk, as its receipt shows it.
 *
 * @param receiptNumber the number printed on the receipt, e.g. {@code REC-2026-000012}
 * @param siteId the desk that took it; null for a payment made online
 * @param takenByName who took it at the desk; null for a payment made online
 * @param balanceAfter what the holder owes now
 */
public record PaymentView(
        UUID id,
        String receiptNumber,
        UUID accountId,
        HolderKind holderKind,
        UUID holderId,
        String payerName,
        Money amount,
        PaymentMethod method,
        UUID siteId,
        String siteName,
        String takenByName,
        Instant takenAt,
        Money balanceAfter) {}
