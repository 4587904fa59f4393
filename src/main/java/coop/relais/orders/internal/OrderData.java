package coop.relais.orders.internal;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The stored state of an order, one row of {@code customer_order}: what the repository reads and writes. */
public record OrderData(
        UUID id,
        String reference,
        UUID siteId,
        UUID memberId,
        String memberName,
        UUID placedBy,
        UUID offerId,
        String serviceName,
        PriceModel priceModel,
        PriceUnit unit,
        Money unitPrice,
        BigDecimal vatRate,
        int leadTimeDays,
        Set<DayOfWeek> daysOffered,
        PayerTerms terms,
        UUID offerProviderId,
        UUID providerId,
        Instant providerAcceptedAt,
        OrderStatus status,
        int quantity,
        String note,
        Money quoteAmount,
        Money totalAmount,
        Instant pricedAt,
        LocalDate dueOn,
        Instant placedAt,
        Instant updatedAt,
        Instant closedAt,
        String pickupCode,
        int pickupAttempts,
        boolean pickupLocked,
        Handover handover,
        String collectedBy,
        int lastSeq) {}
