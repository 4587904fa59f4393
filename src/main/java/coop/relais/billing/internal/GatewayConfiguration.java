package coop.relais.billing.internal;

import com.stripe.StripeClient;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One payment provider: Stripe when {@code relais.billing.stripe.secret-key} is set (with its webhook
 * signing secret), else the demo provider of the embedded default.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    PaymentGateway paymentGateway(
            @Value("${relais.billing.stripe.secret-key:}") String stripeKey,
            @Value("${relais.billing.stripe.webhook-secret:}") String stripeWebhookSecret,
            @Value("${relais.billing.stripe.api-base:}") String stripeApiBase,
            @Value("${relais.billing.demo-gateway.webhook-secret:demo-relais-webhook-secret}") String demoSecret,
            Clock clock) {
        if (stripeKey.isBlank()) {
            return new DemoGateway(demoSecret, clock);
        }
        if (stripeWebhookSecret.isBlank()) {
            throw new IllegalStateException(
                    "relais.billing.stripe.webhook-secret must be set with relais.billing.stripe.secret-key");
        }
        StripeClient.StripeClientBuilder client = StripeClient.builder().setApiKey(stripeKey);
        if (!stripeApiBase.isBlank()) {
            client.setApiBase(stripeApiBase);
        }
        return new StripeGateway(client.build(), stripeWebhookSecret, clock);
    }
}
