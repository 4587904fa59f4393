package coop.relais.reuse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when an item of the reuse shop is sold on a member's ardoise: billing charges it to their account,
 * once per sale.
 *
 * @param price in euros, VAT included
 */
public record ReuseItemSold(
        UUID saleId, UUID siteId, long saleNo, UUID buyerId, String description, BigDecimal price, Instant soldAt) {}
