package coop.relais.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment handed over at a desk against an account.
 *
 * @param siteId the desk taking it; may be left out when the holder and the person taking it share one site
 * @param amount in euros, at most two decimals
 */
public record TakePayment(UUID accountId, UUID siteId, BigDecimal amount, PaymentMethod method) {}
