package coop.relais.billing;

import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.billing.internal.DemoGateway;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying a tab online: credited only on the provider's signed webhook, never on the browser's return;
 * one event delivered many times, or at once, pays once; a tampered or stale webhook changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OnlinePaymentTests {

    private static final String SECRET = "demo-relais-webhook-secret";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    OnlinePayments online;

    BillingFixtures fixtures;

    static final ExecutorService POOL = Executors.newFixedThreadPool(5);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    /** A member owing {@code amount} with a checkout opened for it. */
    private record Opened(CurrentUser member, UUID account, CheckoutView checkout) {}

    private Opened opened(String amount) {
        UUID id = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, id, memberLine(1, amount)));
        CurrentUser member = BillingFixtures.member(id, SITE_AQUITAINE);
        UUID account = accounts.mine(member, null).id();
        return new Opened(member, account, online.open(member, account));
    }

    private MvcTestResult webhook(String payload, String signature) {
        var request = mvc.post()
                .uri("/api/v1/billing/webhooks/demo")
                .contentType(MediaType.APPLICATION_JSON)
                .content(payload);
        if (signature != null) {
            request = request.header("Relais-Signature", signature);
        }
        return request.exchange();
    }

    private DemoGateway gatewayAt(Instant instant) {
        return new DemoGateway(SECRET, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private long onlinePayments(UUID account) {
        return fixtures.count(
                "SELECT COUNT(*) FROM billing_payment WHERE account_id = ? AND method = 'ONLINE'", account);
    }

    @Test
    void oneEventDeliveredFiveTimesThenFiveAtOncePaysOnce() throws Exception {
        Opened opened = opened("42.00");
        DemoGateway.SignedEvent paid =
                gatewayAt(Instant.now()).paid(opened.checkout().sessionId(), 4200);

        for (int i = 0; i < 5; i++) {
            assertThat(webhook(paid.payload(), paid.signature())).hasStatusOk();
        }
        List<Future<Integer>> parallel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parallel.add(POOL.submit(() ->
                    webhook(paid.payload(), paid.signature()).getResponse().getStatus()));
        }
        for (Future<Integer> f : parallel) {
            assertThat(f.get()).isEqualTo(200);
        }
        // Another event reporting the same checkout paid credits nothing more either.
        DemoGateway.SignedEvent again =
                gatewayAt(Instant.now()).paid(opened.checkout().sessionId(), 4200);
        assertThat(webhook(again.payload(), again.signature())).hasStatusOk();

        assertThat(onlinePayments(opened.account())).isEqualTo(1);
        assertThat(accounts.find(opened.member(), opened.account(), null).balance())
                .isEqualTo(Money.ZERO);
        assertThat(online.checkout(opened.member(), opened.checkout().id()).paid())
                .isTrue();
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void parallelDeliveriesOfOneEventPayOnce() throws Exception {
        Opened opened = opened("15.00");
        DemoGateway.SignedEvent paid =
                gatewayAt(Instant.now()).paid(opened.checkout().sessionId(), 1500);
        List<Future<Integer>> parallel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parallel.add(POOL.submit(() ->
                    webhook(paid.payload(), paid.signature()).getResponse().getStatus()));
        }
        for (Future<Integer> f : parallel) {
            assertThat(f.get()).isEqualTo(200);
        }
        assertThat(onlinePayments(opened.account())).isEqualTo(1);
        assertThat(accounts.find(opened.member(), opened.account(), null).balance())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void aTamperedStaleOrUnsignedWebhookIsRefusedAndChangesNothing() {
        Opened opened = opened("20.00");
        DemoGateway.SignedEvent paid =
                gatewayAt(Instant.now()).paid(opened.checkout().sessionId(), 2000);
        DemoGateway.SignedEvent stale = gatewayAt(Instant.now().minus(Duration.ofMinutes(10)))
                .paid(opened.checkout().sessionId(), 2000);
        DemoGateway.SignedEvent otherSecret = new DemoGateway("another-secret", Clock.systemUTC())
                .paid(opened.checkout().sessionId(), 2000);

        assertThat(webhook(paid.payload().replace("2000", "1"), paid.signature()))
                .hasStatus(400)
                .bodyText()
                .contains("rien n'a été fait");
        assertThat(webhook(stale.payload(), stale.signature())).hasStatus(400);
        assertThat(webhook(otherSecret.payload(), otherSecret.signature())).hasStatus(400);
        assertThat(webhook(paid.payload(), null)).hasStatus(400);
        assertThat(webhook("not json", paid.signature())).hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/billing/webhooks/stripe")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(paid.payload())
                        .header("Stripe-Signature", paid.signature()))
                .hasStatus(404);

        assertThat(onlinePayments(opened.account())).isZero();
        assertThat(accounts.find(opened.member(), opened.account(), null).balance())
                .isEqualTo(Money.euros("20.00"));
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM billing_gateway_event WHERE event_id = ?",
                        com.jayway.jsonpath.JsonPath.read(paid.payload(), "$.id")
                                .toString()))
                .isZero();
    }

    @Test
    void onlyTheHolderOpensACheckoutAndOnlyForWhatIsOwed() {
        Opened opened = opened("9.00");
        CurrentUser stranger = BillingFixtures.member(fixtures.newMember(SITE_AQUITAINE), SITE_AQUITAINE);
        assertThatThrownBy(() -> online.open(stranger, opened.account()))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        assertThatThrownBy(() -> online.checkout(stranger, opened.checkout().id()))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        assertThatThrownBy(() -> online.demoCheckout(stranger, opened.checkout().sessionId()))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        UUID nothingOwed = fixtures.newMember(SITE_AQUITAINE);
        CurrentUser debtFree = BillingFixtures.member(nothingOwed, SITE_AQUITAINE);
        assertThatThrownBy(() ->
                        online.open(debtFree, accounts.mine(debtFree, null).id()))
                .isInstanceOf(coop.relais.shared.DomainException.class)
                .hasMessage("billing.payment.nothingOwed");
    }

    @Test
    void returningFromThePaymentPageDoesNotPayTheWebhookDoes() {
        Opened opened = opened("11.00");
        assertThat(online.checkout(opened.member(), opened.checkout().id()).paid())
                .isFalse();
        assertThat(accounts.find(opened.member(), opened.account(), null).balance())
                .isEqualTo(Money.euros("11.00"));

        online.payOnDemo(opened.member(), opened.checkout().sessionId());

        assertThat(online.checkout(opened.member(), opened.checkout().id()).paid())
                .isTrue();
        assertThat(accounts.find(opened.member(), opened.account(), null)
                        .entries()
                        .get(0)
                        .description())
                .startsWith("Paiement en ligne — reçu REC-");
        assertThat(accounts.find(opened.member(), opened.account(), null).balance())
                .isEqualTo(Money.ZERO);
    }
}
