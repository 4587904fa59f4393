package coop.relais.exchange;

import coop.relais.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A mixed exchange was committed: its euro part is owed by the payer (billing charges it to their account,
 * once per transfer).
 *
 * @param transactionId the transfer of time it came with
 */
public record EuroPartCommitted(
        UUID transactionId,
        UUID siteId,
        UUID payerId,
        UUID payeeId,
        String payeeName,
        Money amount,
        String description,
        String memo,
        Instant committedAt) {}
