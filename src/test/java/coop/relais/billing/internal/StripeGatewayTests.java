package coop.relais.billing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.StripeClient;
import coop.relais.billing.internal.PaymentGateway.CheckoutRequest;
import coop.relais.billing.internal.PaymentGateway.GatewayEvent;
import coop.relais.billing.internal.PaymentGateway.OpenedCheckout;
import coop.relais.shared.Money;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stripe adapter against a local stub speaking Stripe's HTTP API (the real Stripe cannot be
 * reached from here): it opens a Checkout Session with the amount in cents and our reference, and
 * accepts a webhook only with Stripe's signature scheme, the endpoint's secret and a fresh timestamp.
 */
class StripeGatewayTests {

    private static final String WEBHOOK_SECRET = "whsec_test_relais";

    WireMockServer stripe;
    StripeGateway gateway;
    final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() {
        stripe = new WireMockServer(wireMockConfig().dynamicPort());
        stripe.start();
        StripeClient client = StripeClient.builder()
                .setApiKey("sk_test_relais")
                .setApiBase("http://localhost:" + stripe.port())
                .setMaxNetworkRetries(0)
                .build();
        gateway = new StripeGateway(client, WEBHOOK_SECRET, clock);
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void opensACheckoutSessionForTheAmountInCents() {
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id":"cs_test_a1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_a1",
                                 "payment_status":"unpaid","amount_total":1290,"currency":"eur"}""")));
        UUID checkoutId = UUID.randomUUID();

        OpenedCheckout opened = gateway.open(new CheckoutRequest(
                checkoutId,
                Money.euros("12.90"),
                "Relais — ardoise",
                "habitant@relais.test",
                "http://localhost/tab?checkout=" + checkoutId,
                "http://localhost/tab"));

        assertThat(opened.sessionId()).isEqualTo("cs_test_a1");
        assertThat(opened.url()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_relais"))
                .withRequestBody(containing("mode=payment")));
        String form = URLDecoder.decode(
                stripe.getAllServeEvents().get(0).getRequest().getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form)
                .contains(
                        "line_items[0][price_data][unit_amount]=1290",
                        "line_items[0][price_data][currency]=eur",
                        "client_reference_id=" + checkoutId,
                        "customer_email=habitant@relais.test");
    }

    @Test
    void aStripeThatDoesNotAnswerIsReportedAsUnavailable() {
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}")));
        assertThatThrownBy(() -> gateway.open(new CheckoutRequest(
                        UUID.randomUUID(), Money.euros("5"), "x", null, "http://localhost/a", "http://localhost/b")))
                .isInstanceOf(GatewayUnavailableException.class);
    }

    @Test
    void acceptsOnlyAFreshWebhookSignedWithTheEndpointSecret() {
        String payload = """
                {"id":"evt_1","object":"event","type":"checkout.session.completed",
                 "data":{"object":{"id":"cs_test_a1","object":"checkout.session","payment_status":"paid"}}}""";

        GatewayEvent event = gateway.verify(payload, StripeSignedEvents.sign(payload, WEBHOOK_SECRET, clock));
        assertThat(event).isEqualTo(new GatewayEvent("evt_1", "checkout.session.completed", "cs_test_a1", true));

        Clock tenMinutesAgo = Clock.offset(clock, Duration.ofMinutes(-10));
        assertThatThrownBy(
                        () -> gateway.verify(payload, StripeSignedEvents.sign(payload, WEBHOOK_SECRET, tenMinutesAgo)))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.verify(payload, StripeSignedEvents.sign(payload, "whsec_other", clock)))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.verify(
                        payload.replace("paid", "unpaid"), StripeSignedEvents.sign(payload, WEBHOOK_SECRET, clock)))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.verify(payload, "")).isInstanceOf(InvalidWebhookException.class);
    }
}
