package coop.relais.billing;

import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import coop.relais.desk.DeskDayView;
import coop.relais.desk.DeskJournal;
import coop.relais.desk.JournalEntryKind;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestSites;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments at the desk: at most what is owed, recorded once per Idempotency-Key even when sent again
 * or in parallel, cash only into an open till and written in its journal, refused outside the
 * concierge's sites with nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskPaymentTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    DeskPayments payments;

    @Autowired
    DeskJournal journal;

    @Autowired
    SealedDays sealedDays;

    BillingFixtures fixtures;

    static final ExecutorService POOL = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    /** A member of Aquitaine owing {@code amount}, and their account's id. */
    private UUID owing(String amount) {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, member, memberLine(1, amount)));
        return accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
    }

    private long payments(UUID account) {
        return fixtures.count("SELECT COUNT(*) FROM billing_payment WHERE account_id = ?", account);
    }

    private long entries(UUID account) {
        return fixtures.count("SELECT COUNT(*) FROM billing_entry WHERE account_id = ?", account);
    }

    private MvcTestResult pay(String email, String key, String body) {
        var request = mvc.post()
                .uri("/api/v1/billing/payments")
                .with(ApiAuth.as(users, email))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    @Test
    void aPaymentSentAgainWithItsKeyIsRecordedOnce() {
        UUID account = owing("30.00");
        String body = "{\"accountId\":\"%s\",\"amount\":10.00,\"method\":\"CARD_TERMINAL\"}".formatted(account);

        MvcTestResult first = pay("concierge2@relais.test", "pay-" + account, body);
        MvcTestResult again = pay("concierge2@relais.test", "pay-" + account, body);

        assertThat(first)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.balanceAfter")
                .isEqualTo(20.0);
        assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        String firstId =
                JsonPath.read(first.getResponse().getContentAsByteArray().length > 0 ? contentOf(first) : "{}", "$.id");
        String againId = JsonPath.read(contentOf(again), "$.id");
        assertThat(againId).isEqualTo(firstId);
        assertThat(payments(account)).isEqualTo(1);
        assertThat(accounts.find(BillingFixtures.admin(), account, null).balance())
                .isEqualTo(Money.euros("20.00"));

        assertThat(pay(
                        "concierge2@relais.test",
                        "pay-" + account,
                        "{\"accountId\":\"%s\",\"amount\":5.00,\"method\":\"CARD_TERMINAL\"}".formatted(account)))
                .hasStatus(409);
        assertThat(payments(account)).isEqualTo(1);
    }

    @Test
    void tenRequestsWithTheSameKeyAtOnceTakeOnePayment() throws Exception {
        UUID account = owing("30.00");
        String body = "{\"accountId\":\"%s\",\"amount\":12.50,\"method\":\"CHEQUE\"}".formatted(account);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(POOL.submit((Callable<Integer>) () -> {
                MvcTestResult result = pay("concierge2@relais.test", "same-" + account, body);
                if (result.getResponse().getStatus() == 201) {
                    ids.add(JsonPath.read(contentOf(result), "$.id"));
                }
                return result.getResponse().getStatus();
            }));
        }
        for (Future<Integer> f : sent) {
            assertThat(f.get()).isEqualTo(201);
        }
        assertThat(ids).hasSize(1);
        assertThat(payments(account)).isEqualTo(1);
        assertThat(accounts.find(BillingFixtures.admin(), account, null).balance())
                .isEqualTo(Money.euros("17.50"));
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void paymentsWithDifferentKeysAtOnceNeverTakeMoreThanIsOwed() throws Exception {
        UUID account = owing("30.00");
        String body = "{\"accountId\":\"%s\",\"amount\":10.00,\"method\":\"CHEQUE\"}".formatted(account);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "part-" + i + "-" + account;
            sent.add(POOL.submit(
                    () -> pay("concierge2@relais.test", key, body).getResponse().getStatus()));
        }
        int taken = 0;
        for (Future<Integer> f : sent) {
            int status = f.get();
            assertThat(status).isIn(201, 400, 409);
            taken += status == 201 ? 1 : 0;
        }
        assertThat(taken).isEqualTo(3);
        assertThat(accounts.find(BillingFixtures.admin(), account, null).balance())
                .isEqualTo(Money.ZERO);
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void aTabPaidInThreePartsEndsAtZeroWithARunningBalance() {
        UUID account = owing("25.00");
        for (String part : List.of("10.00", "7.55", "7.45")) {
            assertThat(pay(
                            "concierge2@relais.test",
                            UUID.randomUUID().toString(),
                            "{\"accountId\":\"%s\",\"amount\":%s,\"method\":\"CARD_TERMINAL\"}"
                                    .formatted(account, part)))
                    .hasStatus(201);
        }
        AccountView tab = accounts.find(BillingFixtures.admin(), account, null);
        assertThat(tab.balance()).isEqualTo(Money.ZERO);
        assertThat(tab.entries())
                .extracting(e -> e.balanceAfter().amount().toPlainString())
                .containsExactly("0.00", "7.45", "15.00", "25.00");
        assertThat(pay(
                        "concierge2@relais.test",
                        UUID.randomUUID().toString(),
                        "{\"accountId\":\"%s\",\"amount\":1.00,\"method\":\"CASH\"}".formatted(account)))
                .hasStatus(409);
    }

    @Test
    void badPaymentsAreClearErrorsAndWriteNothing() {
        UUID account = owing("20.00");
        String template = "{\"accountId\":\"%s\",\"amount\":%s,\"method\":\"%s\"}";
        List<String> bad = List.of(
                template.formatted(account, "0", "CASH"),
                template.formatted(account, "-5", "CASH"),
                template.formatted(account, "1.234", "CASH"),
                template.formatted(account, "20.01", "CARD_TERMINAL"),
                template.formatted(account, "5", "CESU"),
                template.formatted(account, "5", "BITCOIN"),
                "{\"accountId\":\"%s\"}".formatted(account),
                "{\"accountId\":\"not-a-uuid\",\"amount\":5,\"method\":\"CASH\"}",
                "[]");
        for (String body : bad) {
            MvcTestResult result =
                    pay("concierge2@relais.test", UUID.randomUUID().toString(), body);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(pay("concierge2@relais.test", null, template.formatted(account, "5", "CHEQUE")))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Idempotency-Key");
        assertThat(pay(
                        "concierge2@relais.test",
                        UUID.randomUUID().toString(),
                        template.formatted(account, "20.01", "CHEQUE")))
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("(20,00 €)");
        assertThat(payments(account)).isZero();
        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void outsideTheirSitesAConciergeFindsNoAccountAndNothingChanges() {
        UUID account = owing("20.00");
        String body = "{\"accountId\":\"%s\",\"amount\":5,\"method\":\"CHEQUE\"}".formatted(account);

        // The Bastide concierge, a member (even the holder) and a provider: no account to take a payment on.
        assertThat(pay("concierge@relais.test", UUID.randomUUID().toString(), body))
                .hasStatus(404);
        assertThat(pay("habitant@relais.test", UUID.randomUUID().toString(), body))
                .hasStatus(404);
        assertThat(pay("pressing@relais.test", UUID.randomUUID().toString(), body))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/accounts/" + account)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/billing/accounts/" + account).with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/accounts?organisationId="
                                + coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/accounts?organisationId="
                                + coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatusOk();
        assertThat(payments(account)).isZero();
        assertThat(accounts.find(BillingFixtures.admin(), account, null).balance())
                .isEqualTo(Money.euros("20.00"));
    }

    @Test
    void aMemberReadsTheirOwnTab() {
        assertThat(mvc.get().uri("/api/v1/billing/accounts/me").with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json.getJson()).contains("\"currency\":\"EUR\"", "\"holderKind\":\"MEMBER\"");
                });
        assertThat(mvc.get()
                        .uri("/api/v1/billing/accounts/me?before=0")
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatus(400);
    }

    @Test
    void cashGoesIntoAnOpenTillAndIsExpectedAtClosing() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        UUID member = fixtures.newMember(site);
        fixtures.publish(fixtures.delivered(site, member, memberLine(1, "18.00")));
        UUID account = accounts.mine(BillingFixtures.member(member, site), null).id();
        CurrentUser concierge = BillingFixtures.concierge(site);
        TakePayment cash = new TakePayment(account, null, new BigDecimal("8.00"), PaymentMethod.CASH);

        assertThatThrownBy(() -> payments.take(concierge, cash, "closed-" + account))
                .isInstanceOf(DomainException.class)
                .hasMessage("desk.journal.cashIn.closed");
        assertThat(payments(account)).isZero();

        journal.open(concierge, site, Money.euros("50.00"), null);
        DeskPayments.Taken taken = payments.take(concierge, cash, "open-" + account);
        payments.take(concierge, cash, "open-" + account);
        payments.take(
                concierge,
                new TakePayment(account, site, new BigDecimal("2.00"), PaymentMethod.CARD_TERMINAL),
                "card-" + account);

        DeskDayView day = journal.day(concierge, site, null);
        assertThat(day.cashTaken()).isEqualTo(Money.euros("8.00"));
        assertThat(day.entries())
                .filteredOn(e -> e.kind() == JournalEntryKind.CASH_IN)
                .singleElement()
                .satisfies(e -> assertThat(e.text()).contains(taken.payment().receiptNumber()));
        var closing = journal.close(concierge, site, Money.euros("58.00"), null);
        assertThat(closing.expected()).isEqualTo(Money.euros("58.00"));
        assertThat(closing.difference()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> journal.correct(concierge, day.entries().get(1).id(), Money.euros("1"), null, "essai"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theDeskTakesAPaymentFromTheTabPageAndPrintsOrEmailsTheReceipt() throws Exception {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, member, memberLine(1, "14.40")));
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");

        assertThat(mvc.get().uri("/desk/tabs/" + member).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Doit 14,40", "Encaisser un paiement", "Carte bancaire");
        String key = UUID.randomUUID().toString();
        assertThat(mvc.post()
                        .uri("/desk/tabs/" + member + "/payments")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "20")
                        .param("method", "CHEQUE")
                        .param("key", key))
                .hasStatusOk()
                .bodyText()
                .contains("plus que ce qui est dû");
        MvcTestResult paid = mvc.post()
                .uri("/desk/tabs/" + member + "/payments")
                .cookie(session)
                .with(csrf())
                .param("amount", "14,40")
                .param("method", "CHEQUE")
                .param("key", key)
                .exchange();
        assertThat(paid).hasStatus3xxRedirection();
        String receipt = paid.getResponse().getRedirectedUrl();
        // The same form sent twice (a double tap) takes one payment.
        assertThat(mvc.post()
                        .uri("/desk/tabs/" + member + "/payments")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "14,40")
                        .param("method", "CHEQUE")
                        .param("key", key))
                .hasRedirectedUrl(receipt);
        assertThat(mvc.get().uri(receipt).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Reçu de paiement", "REC-", "14,40", "Chèque", "Sandrine Morel");
        UUID paymentId = UUID.fromString(receipt.substring(receipt.lastIndexOf('/') + 1));
        assertThat(mvc.post().uri(receipt + "/email").cookie(session).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", "payment:" + paymentId + ":receipt"))
                .isEqualTo(1);

        Cookie other = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri(receipt).cookie(other)).hasStatus(404);
        assertThat(mvc.get().uri("/desk/tabs/" + member).cookie(other)).hasStatus(404);
    }

    @Test
    void theMemberSeesTheirTabOnAPhoneFriendlyPage() throws Exception {
        Cookie session = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/tab").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Mon ardoise", "Ce qui est passé sur votre ardoise");
    }

    private static String contentOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
