package coop.relais.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.exchange.internal.SelRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mixed exchanges: a payment or a request may carry a euro part, which never enters the time ledger; once
 * the transfer is committed (at once for a payment, on acceptance for a request), billing charges it to the
 * payer's account, once, without VAT. A wrong euro part is refused and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeMixedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelRepository repository;

    @Autowired
    Sels sels;

    @Autowired
    Transfers transfers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    SelView sel;
    CurrentUser payer;
    CurrentUser payee;

    @BeforeEach
    void aSel() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        sel = new SelView(UUID.randomUUID(), site, "SEL " + site, "minute", 60, 300, 600, "Charte", 14);
        repository.insert(sel, Instant.now());
        payer = member(site);
        payee = member(site);
    }

    private CurrentUser member(UUID site) {
        CurrentUser user = TestPeople.create(jdbc, Role.MEMBER, site);
        sels.join(user, sel.id(), true);
        return user;
    }

    private MvcTestResult post(CurrentUser who, String path, String json) {
        return mvc.post()
                .uri(path)
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private List<BigDecimal> charges(UUID transaction) {
        return jdbc.sql("SELECT amount FROM billing_entry WHERE source_type = 'EXCHANGE' AND source_id = ?")
                .param(transaction)
                .query(BigDecimal.class)
                .list();
    }

    private long transactions() {
        return jdbc.sql("SELECT COUNT(*) FROM sel_transaction WHERE sel_id = ?")
                .param(sel.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aPaymentsEuroPartIsChargedToThePayerOnceAndNeverCountsInTime() throws Exception {
        String body = """
                {"selId":"%s","payeeId":"%s","amount":90,"memo":"Pose d'étagères","euroAmount":12.50,
                 "euroDescription":"Chevilles et vis"}""".formatted(sel.id(), payee.accountId());
        var paid = post(payer, "/api/v1/exchange/transfers", body);
        assertThat(paid)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.euros.description")
                .isEqualTo("Chevilles et vis");
        UUID id = UUID.fromString(
                com.jayway.jsonpath.JsonPath.read(paid.getResponse().getContentAsString(), "$.id"));

        assertThat(sels.me(payer, sel.id()).balance()).isEqualTo(-90);
        assertThat(sels.me(payee, sel.id()).balance()).isEqualTo(90);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> charges(id).size() == 1);
        assertThat(charges(id).get(0)).isEqualByComparingTo("12.50");
        assertThat(jdbc.sql("""
                        SELECT b.member_id FROM billing_entry e JOIN billing_account b ON b.id = e.account_id
                        WHERE e.source_type = 'EXCHANGE' AND e.source_id = ?""").param(id).query(UUID.class).single()).isEqualTo(payer.accountId());
        assertThat(jdbc.sql("SELECT vat_rate FROM billing_entry WHERE source_type = 'EXCHANGE' AND source_id = ?")
                        .param(id)
                        .query(BigDecimal.class)
                        .single())
                .isZero();

        // The same event delivered again posts nothing more.
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new EuroPartCommitted(
                        id,
                        sel.siteId(),
                        payer.accountId(),
                        payee.accountId(),
                        "Voisin",
                        Money.euros("12.50"),
                        "Chevilles et vis",
                        "Pose d'étagères",
                        Instant.now())));
        Awaitility.await().during(Duration.ofSeconds(1)).until(() -> charges(id).size() == 1);
    }

    @Test
    void aRequestsEuroPartIsChargedOnlyOnceAccepted() {
        TransferView asked = transfers.request(
                payee,
                sel.id(),
                payer.accountId(),
                BigDecimal.valueOf(60),
                "Trajet à la déchetterie",
                EuroPart.of(new BigDecimal("8.40"), "Essence"));
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .until(() -> charges(asked.id()).isEmpty());

        transfers.accept(payer, asked.id());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> charges(asked.id()).size() == 1);
        assertThat(charges(asked.id()).get(0)).isEqualByComparingTo("8.40");
    }

    @Test
    void aWrongEuroPartIsRefusedAndNothingIsWritten() {
        long before = transactions();
        String body = """
                {"selId":"%s","payeeId":"%s","amount":30,"memo":"Aide","euroAmount":%s,"euroDescription":%s}""";
        for (String[] wrong : new String[][] {
            {"-5", "\"Vis\""}, {"1000.01", "\"Vis\""}, {"2.555", "\"Vis\""}, {"5", "null"}, {"null", "\"Vis\""}
        }) {
            assertThat(post(
                            payer,
                            "/api/v1/exchange/transfers",
                            body.formatted(sel.id(), payee.accountId(), wrong[0], wrong[1])))
                    .hasStatus(400);
        }
        assertThat(transactions()).isEqualTo(before);
        assertThat(sels.me(payer, sel.id()).balance()).isZero();
    }
}
