package coop.relais.billing.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import coop.relais.billing.internal.PaymentGateway.GatewayEvent;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;

/**
 * Webhook bodies signed the way Stripe signs them ({@code t=<seconds>,v1=<HMAC-SHA256 of "t.body">}),
 * checked with the Stripe SDK, for the Stripe gateway and the demo gateway alike; and the checkout
 * events Relais reacts to, read from the body.
 */
final class StripeSignedEvents {

    /** How old a signed webhook may be. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StripeSignedEvents() {}

    static GatewayEvent verify(String payload, String signature, String secret, Clock clock) {
        if (payload == null || signature == null || signature.isBlank()) {
            throw new InvalidWebhookException("No signature", null);
        }
        try {
            Webhook.Signature.verifyHeader(payload, signature, secret, TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException("Bad signature", e);
        }
        try {
            JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
            String id = text(event, "id");
            String type = text(event, "type");
            if (id == null || type == null) {
                throw new InvalidWebhookException("Not an event", null);
            }
            JsonObject data = event.has("data") && event.get("data").isJsonObject()
                    ? event.getAsJsonObject("data")
                    : new JsonObject();
            JsonObject object = data.has("object") && data.get("object").isJsonObject()
                    ? data.getAsJsonObject("object")
                    : new JsonObject();
            boolean session = "checkout.session".equals(text(object, "object"));
            return new GatewayEvent(
                    id,
                    type,
                    session ? text(object, "id") : null,
                    session && "paid".equals(text(object, "payment_status")));
        } catch (JsonParseException | IllegalStateException e) {
            throw new InvalidWebhookException("Unreadable body", e);
        }
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** The signature header for the body, signed now with the secret. */
    static String sign(String payload, String secret, Clock clock) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
