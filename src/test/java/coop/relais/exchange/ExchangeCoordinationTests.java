package coop.relais.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.exchange.internal.SelRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.jdbc.Instants;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A SEL's coordination: a coordinator (given the role at the site) sees every member's standing with those
 * long below zero or long silent marked, adjusts a balance with a reason (the ledger stays sound, the limits
 * do not stop it), and sets the rules: what members see of each other, and requests paid at their term.
 * Payers are reminded the day before a request's term, once. Members and other sites' coordinators get 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeCoordinationTests {

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
    RequestTerms terms;

    @Autowired
    Coordination coordination;

    UUID site;
    SelView sel;

    @BeforeEach
    void aSel() {
        site = TestSites.create(jdbc, "Europe/Paris");
        sel = new SelView(UUID.randomUUID(), site, "SEL " + site, "minute", 60, 300, 600, "Charte", 14);
        repository.insert(sel, Instant.now());
    }

    private CurrentUser person(Role role, UUID at, boolean join) {
        CurrentUser user = TestPeople.create(jdbc, role, at);
        if (join) {
            sels.join(user, sel.id(), true);
        }
        return user;
    }

    private MvcTestResult call(CurrentUser who, String method, String path, String json) {
        var request = method.equals("GET")
                ? mvc.get().uri(path)
                : method.equals("PUT") ? mvc.put().uri(path) : mvc.post().uri(path);
        request = request.with(ApiAuth.as(users, who.email()));
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private long balance(CurrentUser user) {
        return sels.me(user, sel.id()).balance();
    }

    private long transactions() {
        return jdbc.sql("SELECT COUNT(*) FROM sel_transaction WHERE sel_id = ?")
                .param(sel.id())
                .query(Long.class)
                .single();
    }

    private void assertSound() {
        Integrity integrity = repository.integrity(sel.id());
        assertThat(integrity.sumOfBalances()).isZero();
        assertThat(integrity.entriesMatchBalances()).isTrue();
        assertThat(integrity.transactionsUnbalanced()).isZero();
        // What each account gave less what it received is its balance, reversals included.
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM sel_account WHERE sel_id = ? AND balance <> given_units - received_units")
                        .param(sel.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCoordinatorAdjustsABalanceWithAReasonAndTheLedgerStaysSound() {
        CurrentUser coordinator = person(Role.SEL_COORDINATOR, site, false);
        CurrentUser member = person(Role.MEMBER, site, true);
        CurrentUser other = person(Role.MEMBER, site, true);
        transfers.pay(member, sel.id(), other.accountId(), BigDecimal.valueOf(250), "Jardinage", null);
        String path = "/api/v1/exchange/sels/" + sel.id() + "/adjustments";

        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":90,\"reason\":\"Atelier tenu pour le SEL\"}"
                                .formatted(member.accountId())))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("ADJUSTMENT");
        assertThat(balance(member)).isEqualTo(-160);
        // The limits do not stop an adjustment: the floor is 300.
        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":-400,\"reason\":\"Erreur de saisie\"}"
                                .formatted(member.accountId())))
                .hasStatus(201);
        assertThat(balance(member)).isEqualTo(-560);
        assertSound();

        long before = transactions();
        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":30,\"reason\":\" \"}".formatted(member.accountId())))
                .hasStatus(400);
        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":0,\"reason\":\"Rien\"}".formatted(member.accountId())))
                .hasStatus(400);
        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":1.5,\"reason\":\"Rien\"}".formatted(member.accountId())))
                .hasStatus(400);
        assertThat(call(
                        coordinator,
                        "POST",
                        path,
                        "{\"memberId\":\"%s\",\"amount\":30,\"reason\":\"Hors SEL\"}".formatted(UUID.randomUUID())))
                .hasStatus(400);
        // A member, and a coordinator of another site's SEL, find nothing.
        CurrentUser elsewhere = person(Role.SEL_COORDINATOR, TestSites.create(jdbc, "Europe/Paris"), false);
        String body = "{\"memberId\":\"%s\",\"amount\":30,\"reason\":\"Cadeau\"}".formatted(member.accountId());
        assertThat(call(member, "POST", path, body)).hasStatus(404);
        assertThat(call(elsewhere, "POST", path, body)).hasStatus(404);
        assertThat(call(member, "GET", "/api/v1/exchange/sels/" + sel.id() + "/standings", null))
                .hasStatus(404);
        assertThat(transactions()).isEqualTo(before);
        assertThat(balance(member)).isEqualTo(-560);

        assertThat(call(coordinator, "GET", "/api/v1/exchange/sels/" + sel.id() + "/standings", null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].balance")
                .asArray()
                .containsExactlyInAnyOrder(-560, 250);
        assertThat(jdbc.sql(
                                "SELECT reason FROM sel_transaction WHERE sel_id = ? AND kind = 'ADJUSTMENT' ORDER BY created_at")
                        .param(sel.id())
                        .query(String.class)
                        .list())
                .containsExactly("Atelier tenu pour le SEL", "Erreur de saisie");
    }

    @Test
    void membersSeeOfEachOtherWhatTheSelChoosesAndCoordinatorsEverything() {
        CurrentUser coordinator = person(Role.SEL_COORDINATOR, site, false);
        CurrentUser a = person(Role.MEMBER, site, true);
        CurrentUser b = person(Role.MEMBER, site, true);
        transfers.pay(a, sel.id(), b.accountId(), BigDecimal.valueOf(120), "Courses", null);
        String members = "/api/v1/exchange/sels/" + sel.id() + "/members";
        String settings = "/api/v1/exchange/sels/" + sel.id() + "/settings";
        String rules =
                "{\"floor\":300,\"ceiling\":600,\"requestDays\":14,\"participationView\":\"%s\",\"autoAccept\":false}";

        assertThat(call(a, "GET", members, null))
                .bodyJson()
                .extractingPath("$.items[*].balance")
                .asArray()
                .contains(120);

        assertThat(call(coordinator, "PUT", settings, rules.formatted("COUNTS")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.participationView")
                .isEqualTo("COUNTS");
        // What the view does not show is left out of the answer.
        var counts = call(a, "GET", members, null);
        assertThat(counts)
                .bodyJson()
                .extractingPath("$.items[*].balance")
                .asArray()
                .isEmpty();
        assertThat(counts)
                .bodyJson()
                .extractingPath("$.items[*].given")
                .asArray()
                .isEmpty();
        assertThat(counts)
                .bodyJson()
                .extractingPath("$.items[*].exchanges")
                .asArray()
                .containsOnly(1);

        assertThat(call(coordinator, "PUT", settings, rules.formatted("HOURS"))).hasStatusOk();
        var hours = call(a, "GET", members, null);
        assertThat(hours)
                .bodyJson()
                .extractingPath("$.items[*].balance")
                .asArray()
                .isEmpty();
        assertThat(hours)
                .bodyJson()
                .extractingPath("$.items[*].given")
                .asArray()
                .containsExactlyInAnyOrder(0, 120);
        assertThat(call(coordinator, "GET", members, null))
                .bodyJson()
                .extractingPath("$.items[*].balance")
                .asArray()
                .containsExactlyInAnyOrder(-120, 120);

        // Bad rules are refused and change nothing; members may not set them.
        assertThat(call(coordinator, "PUT", settings, rules.formatted("EVERYTHING")))
                .hasStatus(400);
        assertThat(call(
                        coordinator,
                        "PUT",
                        settings,
                        "{\"floor\":-1,\"ceiling\":600,\"requestDays\":14,\"participationView\":\"BALANCES\"}"))
                .hasStatus(400);
        assertThat(call(
                        coordinator,
                        "PUT",
                        settings,
                        "{\"floor\":300,\"ceiling\":600,\"requestDays\":0,\"participationView\":\"BALANCES\"}"))
                .hasStatus(400);
        assertThat(call(a, "PUT", settings, rules.formatted("BALANCES"))).hasStatus(404);
        assertThat(repository.find(sel.id()).orElseThrow().participation()).isEqualTo(SelView.Participation.HOURS);
    }

    @Test
    void longDeficitsAndLongSilencesAreMarked() {
        CurrentUser coordinator = person(Role.SEL_COORDINATOR, site, false);
        CurrentUser indebted = person(Role.MEMBER, site, true);
        CurrentUser active = person(Role.MEMBER, site, true);
        CurrentUser silent = person(Role.MEMBER, site, true);
        transfers.pay(indebted, sel.id(), active.accountId(), BigDecimal.valueOf(200), "Déménagement", null);
        Instant longAgo = Instant.now().minus(Duration.ofDays(120));
        jdbc.sql("UPDATE sel_account SET negative_since = ? WHERE sel_id = ? AND member_id = ?")
                .params(Instants.param(longAgo), sel.id(), indebted.accountId())
                .update();
        jdbc.sql("UPDATE sel_account SET joined_at = ? WHERE sel_id = ? AND member_id = ?")
                .params(Instants.param(longAgo), sel.id(), silent.accountId())
                .update();

        List<Standing> standings = coordination.standings(coordinator, sel.id());
        Standing debt = standings.stream()
                .filter(s -> s.memberId().equals(indebted.accountId()))
                .findFirst()
                .orElseThrow();
        assertThat(debt.persistentDeficit()).isTrue();
        assertThat(debt.dormant()).isFalse();
        assertThat(debt.received()).isEqualTo(200);
        Standing giver = standings.stream()
                .filter(s -> s.memberId().equals(active.accountId()))
                .findFirst()
                .orElseThrow();
        assertThat(giver.persistentDeficit()).isFalse();
        assertThat(giver.given()).isEqualTo(200);
        assertThat(giver.exchanges()).isEqualTo(1);
        assertThat(standings.stream()
                        .filter(s -> s.memberId().equals(silent.accountId()))
                        .findFirst()
                        .orElseThrow()
                        .dormant())
                .isTrue();

        // Back above zero: no longer in deficit.
        transfers.pay(active, sel.id(), indebted.accountId(), BigDecimal.valueOf(200), "Retour", null);
        assertThat(coordination.standings(coordinator, sel.id()).stream()
                        .filter(s -> s.memberId().equals(indebted.accountId()))
                        .findFirst()
                        .orElseThrow()
                        .negativeSince())
                .isNull();
        assertSound();
    }

    @Test
    void aRequestLeftAloneIsRemindedOnceThenPaidAtItsTermWhereTheSelSaysSo() {
        CurrentUser coordinator = person(Role.SEL_COORDINATOR, site, false);
        CurrentUser payee = person(Role.MEMBER, site, true);
        CurrentUser payer = person(Role.MEMBER, site, true);
        CurrentUser broke = person(Role.MEMBER, site, true);
        coordination.settings(
                coordinator, sel.id(), new Coordination.Settings(300, 600, 14, SelView.Participation.BALANCES, true));
        TransferView soon = transfers.request(payee, sel.id(), payer.accountId(), BigDecimal.valueOf(45), "Repassage");
        TransferView tooMuch =
                transfers.request(payee, sel.id(), broke.accountId(), BigDecimal.valueOf(301), "Travaux");
        term(soon.id(), Duration.ofHours(5));

        terms.remind();
        terms.remind();
        assertThat(notices(payer.accountId(), "exchange.notice.autoAccepting")).isEqualTo(1);

        term(soon.id(), Duration.ofMinutes(-1));
        term(tooMuch.id(), Duration.ofMinutes(-1));
        terms.closeDue();
        assertThat(status(soon.id())).isEqualTo("COMMITTED");
        assertThat(balance(payer)).isEqualTo(-45);
        assertThat(balance(payee)).isEqualTo(45);
        // Beyond the floor, it is not paid: it expires.
        assertThat(status(tooMuch.id())).isEqualTo("EXPIRED");
        assertThat(balance(broke)).isZero();
        terms.closeDue();
        assertThat(balance(payee)).isEqualTo(45);
        assertSound();

        // Where the SEL does not pay at term, a request left alone expires.
        coordination.settings(
                coordinator, sel.id(), new Coordination.Settings(300, 600, 14, SelView.Participation.BALANCES, false));
        TransferView left = transfers.request(payee, sel.id(), payer.accountId(), BigDecimal.valueOf(10), "Pain");
        term(left.id(), Duration.ofHours(2));
        terms.remind();
        assertThat(notices(payer.accountId(), "exchange.notice.expiring")).isEqualTo(1);
        term(left.id(), Duration.ofMinutes(-1));
        terms.closeDue();
        assertThat(status(left.id())).isEqualTo("EXPIRED");
        assertThat(balance(payer)).isEqualTo(-45);
    }

    @Test
    void theCoordinatorGivesAMemberTheirOwnLimits() {
        CurrentUser coordinator = person(Role.SEL_COORDINATOR, site, false);
        CurrentUser builder = person(Role.MEMBER, site, true);
        CurrentUser other = person(Role.MEMBER, site, true);
        String path = "/api/v1/exchange/sels/" + sel.id() + "/members/" + builder.accountId() + "/limits";

        assertThat(call(builder, "PUT", path, "{\"floor\":1000}")).hasStatus(404);
        assertThat(call(coordinator, "PUT", path, "{\"floor\":-3}")).hasStatus(400);
        assertThat(call(coordinator, "PUT", path, "{\"floor\":1000}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.floor")
                .isEqualTo(1000);
        // Beyond the SEL's floor of 300, within their own.
        transfers.pay(builder, sel.id(), other.accountId(), BigDecimal.valueOf(450), "Chantier participatif", null);
        assertThat(balance(builder)).isEqualTo(-450);

        // Back to the SEL's floor: the balance stays, and can only move back towards it.
        assertThat(call(coordinator, "PUT", path, "{}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.floor")
                .isEqualTo(300);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> transfers.pay(builder, sel.id(), other.accountId(), BigDecimal.ONE, "Encore", null)))
                .hasMessage("exchange.rule.floor");
        transfers.pay(other, sel.id(), builder.accountId(), BigDecimal.valueOf(50), "Retour", null);
        assertThat(balance(builder)).isEqualTo(-400);
        assertSound();
    }

    private void term(UUID request, Duration fromNow) {
        jdbc.sql("UPDATE sel_transaction SET expires_at = ? WHERE id = ?")
                .params(Instants.param(Instant.now().plus(fromNow)), request)
                .update();
    }

    private String status(UUID transfer) {
        return jdbc.sql("SELECT status FROM sel_transaction WHERE id = ?")
                .param(transfer)
                .query(String.class)
                .single();
    }

    private long notices(UUID account, String key) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ? AND message_key = ?")
                                .params(account, key)
                                .query(Long.class)
                                .single(),
                        n -> n > 0);
    }
}
