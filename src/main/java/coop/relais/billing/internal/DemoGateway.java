package coop.relais.billing.internal;

import java.time.Clock;
import java.util.UUID;

/**
 * The payment provider of the embedded default, when no Stripe key is configured: its checkout page is
 * a Relais page clearly labelled "paiement de démonstration — aucun argent ne circule", and paying there
 * sends a webhook signed like Stripe's through the same path as a real provider's, so that the whole
 * flow can be tried without moving any money.
 */
public class DemoGateway implements PaymentGateway {

    public static final String NAME = "demo";

    private final String secret;
    private final Clock clock;

    public DemoGateway(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String signatureHeader() {
        return "Relais-Signature";
    }

    @Override
    public OpenedCheckout open(CheckoutRequest request) {
        String session = "demo_cs_" + UUID.randomUUID().toString().replace("-", "");
        // A page of Relais itself: a path, so that it works at whatever address Relais is reached.
        return new OpenedCheckout(session, "/demo-checkout/" + session);
    }

    @Override
    public GatewayEvent verify(String payload, String signature) {
        return StripeSignedEvents.verify(payload, signature, secret, clock);
    }

    /** The webhook the demo provider sends when the person pays: the body and its signature. */
    public SignedEvent paid(String sessionId, long amountCents) {
        String payload = """
                {"id":"evt_demo_%s","object":"event","type":"checkout.session.completed",\
                "data":{"object":{"id":"%s","object":"checkout.session","payment_status":"paid","amount_total":%d,"currency":"eur"}}}""".formatted(UUID.randomUUID().toString().replace("-", ""), sessionId, amountCents);
        return new SignedEvent(payload, StripeSignedEvents.sign(payload, secret, clock));
    }

    /** A webhook body and its signature header. */
    public record SignedEvent(String payload, String signature) {}
}
