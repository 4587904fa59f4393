package coop.relais.billing.internal;

import coop.relais.shared.Money;
import java.util.UUID;

/**
 * The payment provider that takes online payments: it opens a checkout page for an amount, and later
 * tells Relais, by a signed webhook, that it was paid. Relais records a payment only on that word.
 */
public interface PaymentGateway {

    /** What a checkout is for. */
    record CheckoutRequest(
            UUID checkoutId,
            Money amount,
            String description,
            String customerEmail,
            String successUrl,
            String cancelUrl) {}

    /** The provider's session and the page to send the person to. */
    record OpenedCheckout(String sessionId, String url) {}

    /**
     * An event the provider sent, once its signature was verified.
     *
     * @param sessionId the checkout session it is about, if any
     * @param paid whether it says the session is paid
     */
    record GatewayEvent(String id, String type, String sessionId, boolean paid) {}

    /** The name in the webhook's address, {@code /api/v1/billing/webhooks/{name}}. */
    String name();

    /** The HTTP header carrying the webhook's signature. */
    String signatureHeader();

    OpenedCheckout open(CheckoutRequest request);

    /**
     * The event in the webhook's body, if its signature is the provider's and recent.
     *
     * @throws InvalidWebhookException if the signature is missing, wrong or too old, or the body unreadable
     */
    GatewayEvent verify(String payload, String signature);
}
