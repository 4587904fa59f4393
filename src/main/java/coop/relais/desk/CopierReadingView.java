package coop.relais.desk;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** A company's counters on a copier for one month, with the pages and what they cost. */
public record CopierReadingView(
        UUID id,
        UUID copierId,
        UUID siteId,
        UUID organisationId,
        String organisationName,
        YearMonth period,
        long blackStart,
        long blackEnd,
        long colourStart,
        long colourEnd,
        long blackPages,
        long colourPages,
        Money blackAmount,
        Money colourAmount,
        Money amount,
        BigDecimal vatRate,
        Instant recordedAt,
        String recordedByName) {}
