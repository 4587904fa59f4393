package coop.relais.desk;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An à-la-carte request, for its organisation and for the desk.
 *
 * @param reference the number people quote, e.g. {@code DEM-2026-000012}
 * @param beneficiary for whom (e.g. the tenant's name)
 * @param location where (e.g. the flat)
 * @param itemNumber the number of the thing concerned (e.g. the badge number)
 * @param amount {@code unitPrice × quantity}
 */
public record RequestView(
        UUID id,
        String reference,
        UUID siteId,
        String siteName,
        UUID organisationId,
        String organisationName,
        UUID offerId,
        String serviceName,
        int quantity,
        Money unitPrice,
        Money amount,
        BigDecimal vatRate,
        String beneficiary,
        String location,
        String itemNumber,
        String details,
        RequestStatus status,
        Instant createdAt,
        String createdByName,
        Instant completedAt,
        String completedByName,
        String completionNote,
        Instant cancelledAt) {}
