package coop.relais.catalogue;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An offer was created or changed by a site manager (price, provider, payer rule, days, active…),
 * directly or through its service or category. Orders already placed keep the price and payer split
 * they froze; only new orders see the change.
 *
 * @param price the new price, null when on quote
 * @param active whether members can order it now (offer, service, category and provider all active)
 * @param changedBy the account of the site manager who made the change
 */
public record OfferChanged(
        UUID offerId,
        UUID siteId,
        UUID serviceId,
        UUID providerId,
        PriceModel priceModel,
        PriceUnit unit,
        Money price,
        BigDecimal vatRate,
        PayerRule payerRule,
        boolean active,
        UUID changedBy,
        Instant changedAt) {}
