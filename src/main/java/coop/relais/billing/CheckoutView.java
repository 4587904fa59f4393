package coop.relais.billing;

import coop.relais.shared.Money;
import java.util.UUID;

/**
 * A checkout opened to pay an account online.
 *
 * @param checkoutUrl the provider's payment page to send the person to
 * @param paid whether the provider has said it is paid
 */
public record CheckoutView(
        UUID id, String gateway, String sessionId, String checkoutUrl, UUID accountId, Money amount, boolean paid) {}
