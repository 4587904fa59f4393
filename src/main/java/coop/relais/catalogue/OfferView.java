package coop.relais.catalogue;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * A service offered at a site by a provider, as other modules (orders, desk) see it.
 *
 * @param price the price per unit or the fixed price; null when on quote
 * @param unit the unit of a per-unit price, else null
 * @param vatRate VAT in percent, e.g. 20.00
 * @param daysOffered the weekdays the service is taken in
 * @param forOrganisations an à-la-carte service requested by client organisations (e.g. badge activation)
 * @param personalService the personal-service activity the service is declared as, or null
 */
public record OfferView(
        UUID id,
        UUID siteId,
        UUID serviceId,
        String serviceName,
        String description,
        UUID categoryId,
        String categoryName,
        UUID providerId,
        String providerName,
        PriceModel priceModel,
        PriceUnit unit,
        Money price,
        BigDecimal vatRate,
        int leadTimeDays,
        Set<DayOfWeek> daysOffered,
        PayerRule payerRule,
        boolean forOrganisations,
        PersonalServiceActivity personalService,
        boolean active) {}
