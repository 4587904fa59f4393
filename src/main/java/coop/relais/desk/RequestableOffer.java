package coop.relais.desk;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/** An à-la-carte service a client organisation may ask for at one of its sites. */
public record RequestableOffer(
        UUID offerId,
        UUID siteId,
        String siteName,
        String serviceName,
        String description,
        Money price,
        BigDecimal vatRate) {}
