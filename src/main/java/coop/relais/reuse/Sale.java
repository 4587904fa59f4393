package coop.relais.reuse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A sale of the reuse shop, numbered per site; never changed once recorded.
 *
 * @param price in euros, VAT included
 * @param buyerId the member it was sold to (required on the ardoise), or null
 */
public record Sale(
        UUID id,
        UUID siteId,
        long saleNo,
        ReuseCategory category,
        String description,
        BigDecimal price,
        SalePayment payment,
        UUID buyerId,
        String buyerName,
        String soldBy,
        Instant soldAt) {}
