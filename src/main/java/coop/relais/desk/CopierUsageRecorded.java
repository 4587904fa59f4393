package coop.relais.desk;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * A company's photocopier counters were read for a month: billing charges the pages to the company.
 *
 * @param blackPages pages printed in black and white over the period
 * @param colourPages pages printed in colour over the period
 * @param amount {@code blackAmount + colourAmount}
 * @param vatRate VAT in percent
 */
public record CopierUsageRecorded(
        UUID readingId,
        UUID copierId,
        UUID siteId,
        UUID organisationId,
        YearMonth period,
        long blackPages,
        long colourPages,
        Money blackAmount,
        Money colourAmount,
        Money amount,
        BigDecimal vatRate,
        Instant recordedAt) {

    public CopierUsageRecorded {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(amount, "amount");
    }
}
