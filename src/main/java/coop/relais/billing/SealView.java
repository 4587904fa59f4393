package coop.relais.billing;

import coop.relais.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A desk day's seal, checked against the payments as they are now.
 *
 * @param intact whether the payments still give this seal's digest and the chain from the first seal holds
 */
public record SealView(
        UUID id,
        LocalDate businessDate,
        Instant sealedAt,
        int paymentCount,
        Money paymentTotal,
        String sealHash,
        boolean intact) {}
