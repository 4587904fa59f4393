package coop.relais.desk;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An à-la-carte request was done at the desk: billing charges {@code amount} to the organisation.
 *
 * @param reference the request's reference, as people read it (e.g. {@code DEM-000042})
 * @param serviceName the service asked for, as the catalogue named it when the request was filed
 * @param amount the price of the request (unit price of the catalogue offer when it was filed, times
 *     the quantity), on the same basis as catalogue prices
 * @param vatRate VAT in percent, e.g. 20.00
 */
public record RequestCompleted(
        UUID requestId,
        String reference,
        String serviceName,
        int quantity,
        UUID siteId,
        UUID organisationId,
        UUID offerId,
        Money amount,
        BigDecimal vatRate,
        Instant completedAt) {

    public RequestCompleted {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vatRate, "vatRate");
    }
}
