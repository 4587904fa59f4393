package coop.relais.billing.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;

/**
 * Stripe Checkout: a hosted payment page per checkout (Checkout Session), and its webhooks verified
 * with the SDK against the endpoint's signing secret. Used when {@code relais.billing.stripe.secret-key}
 * is set.
 */
public class StripeGateway implements PaymentGateway {

    public static final String NAME = "stripe";

    private final StripeClient client;
    private final String webhookSecret;
    private final Clock clock;

    public StripeGateway(StripeClient client, String webhookSecret, Clock clock) {
        this.client = client;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String signatureHeader() {
        return "Stripe-Signature";
    }

    @Override
    public OpenedCheckout open(CheckoutRequest request) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.checkoutId().toString())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .putMetadata("checkoutId", request.checkoutId().toString())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("eur")
                                .setUnitAmount(request.amount()
                                        .amount()
                                        .movePointRight(2)
                                        .longValueExact())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description())
                                        .build())
                                .build())
                        .build());
        if (request.customerEmail() != null) {
            params.setCustomerEmail(request.customerEmail());
        }
        try {
            Session session = client.v1().checkout().sessions().create(params.build());
            return new OpenedCheckout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new GatewayUnavailableException(e);
        }
    }

    @Override
    public GatewayEvent verify(String payload, String signature) {
        return StripeSignedEvents.verify(payload, signature, webhookSecret, clock);
    }
}
