package coop.relais.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.exchange.internal.SelRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The SEL's ledger: after any sequence of payments, requests and refusals, every transaction sums to zero,
 * all balances sum to zero, each balance equals its entries and stays within its limits; fifty payments at
 * once near the floor never take the payer below it; a refusal writes nothing; the same key posts once;
 * another site's SEL is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeLedgerTests {

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

    UUID site;
    SelView sel;

    @BeforeEach
    void aSel() {
        site = TestSites.create(jdbc, "Europe/Paris");
        sel = new SelView(UUID.randomUUID(), site, "SEL " + site, "minute", 60, 300, 600, "Charte", 14);
        repository.insert(sel, Instant.now());
    }

    private CurrentUser member(boolean join) {
        CurrentUser user = TestPeople.create(jdbc, Role.MEMBER, site);
        if (join) {
            sels.join(user, sel.id(), true);
        }
        return user;
    }

    private long balance(CurrentUser user) {
        return sels.me(user, sel.id()).balance();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM sel_transaction WHERE sel_id = ?")
                .param(sel.id())
                .query(Long.class)
                .single();
    }

    private void assertSound(List<CurrentUser> members) {
        Integrity integrity = repository.integrity(sel.id());
        assertThat(integrity.sumOfBalances()).isZero();
        assertThat(integrity.entriesMatchBalances()).isTrue();
        assertThat(integrity.transactionsUnbalanced()).isZero();
        // The participation counters follow the entries: given less received is the balance.
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM sel_account WHERE sel_id = ? AND balance <> given_units - received_units")
                        .param(sel.id())
                        .query(Long.class)
                        .single())
                .isZero();
        for (CurrentUser m : members) {
            assertThat(balance(m)).isBetween(-300L, 600L);
        }
    }

    @Test
    void anySequenceOfOperationsKeepsTheLedgerSound() {
        List<CurrentUser> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(member(true));
        }
        Random random = new Random(20261204L);
        int committed = 0;
        for (int step = 0; step < 300; step++) {
            CurrentUser a = members.get(random.nextInt(members.size()));
            CurrentUser b = members.get(random.nextInt(members.size()));
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(250));
            try {
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        transfers.pay(a, sel.id(), b.accountId(), amount, "Coup de main", null);
                        committed++;
                    }
                    case 2 -> {
                        TransferView asked = transfers.request(a, sel.id(), b.accountId(), amount, "Jardinage");
                        long before = balance(b);
                        if (random.nextBoolean()) {
                            transfers.accept(b, asked.id());
                            committed++;
                        } else {
                            transfers.decline(b, asked.id());
                            assertThat(balance(b)).isEqualTo(before);
                        }
                    }
                    default -> transfers.request(a, sel.id(), b.accountId(), amount, "En attente");
                }
            } catch (DomainException refused) {
                // Self-payments and payments beyond a limit are refused: the ledger must not have moved.
            }
            if (step % 50 == 0) {
                assertSound(members);
            }
        }
        assertSound(members);
        assertThat(committed).isGreaterThan(50);
    }

    @Test
    void fiftyPaymentsAtOnceNearTheFloorNeverTakeThePayerBelowIt() throws Exception {
        CurrentUser payer = member(true);
        List<CurrentUser> payees = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            payees.add(member(true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> payments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            CurrentUser payee = payees.get(i % payees.size());
            payments.add(pool.submit(() -> {
                go.await();
                try {
                    transfers.pay(payer, sel.id(), payee.accountId(), BigDecimal.TEN, "Course", null);
                    return true;
                } catch (DomainException refused) {
                    return false;
                }
            }));
        }
        go.countDown();
        int made = 0;
        for (Future<Boolean> payment : payments) {
            made += payment.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(made).isEqualTo(30);
        assertThat(balance(payer)).isEqualTo(-300);
        long received = payees.stream().mapToLong(this::balance).sum();
        assertThat(received).isEqualTo(300);
        List<CurrentUser> all = new ArrayList<>(payees);
        all.add(payer);
        assertSound(all);
    }

    private MvcTestResult pay(CurrentUser who, String key, String json) {
        var request = mvc.post()
                .uri("/api/v1/exchange/transfers")
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    @Test
    void theApiPaysOnceRefusesBadInputWithoutWritingAndHidesOtherSites() throws Exception {
        CurrentUser payer = member(true);
        CurrentUser payee = member(true);
        String body = "{\"selId\":\"%s\",\"payeeId\":\"%s\",\"amount\":%s,\"memo\":\"Réparation de vélo\"}";
        MvcTestResult first = pay(payer, "k-" + payer.accountId(), body.formatted(sel.id(), payee.accountId(), "90"));
        assertThat(first).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("COMMITTED");
        MvcTestResult again = pay(payer, "k-" + payer.accountId(), body.formatted(sel.id(), payee.accountId(), "90"));
        assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat((String) JsonPath.read(again.getResponse().getContentAsString(), "$.id"))
                .isEqualTo(JsonPath.read(first.getResponse().getContentAsString(), "$.id"));
        assertThat(balance(payer)).isEqualTo(-90);

        long before = rows();
        for (String amount : List.of("0", "-5", "1.5", "1000000000", "null", "\"dix\"")) {
            assertThat(pay(payer, null, body.formatted(sel.id(), payee.accountId(), amount)))
                    .hasStatus(400);
        }
        assertThat(pay(payer, null, body.formatted(sel.id(), payer.accountId(), "10")))
                .hasStatus(400);
        assertThat(pay(
                        payer,
                        null,
                        "{\"selId\":\"%s\",\"payeeId\":\"%s\",\"amount\":10,\"memo\":\"\"}"
                                .formatted(sel.id(), payee.accountId())))
                .hasStatus(400);
        assertThat(pay(payer, null, body.formatted(sel.id(), payee.accountId(), "211")))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo("floor");
        assertThat(rows()).isEqualTo(before);
        assertThat(balance(payer)).isEqualTo(-90);

        UUID elsewhere = TestSites.create(jdbc, "Europe/Paris");
        SelView other = new SelView(UUID.randomUUID(), elsewhere, "Autre SEL", "minute", 60, 300, 600, "Charte", 14);
        repository.insert(other, Instant.now());
        assertThat(pay(payer, null, body.formatted(other.id(), payee.accountId(), "10")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/exchange/sels/{id}/me", other.id()).with(ApiAuth.as(users, payer.email())))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/exchange/sels/{id}/integrity", sel.id())
                        .with(ApiAuth.as(users, payer.email())))
                .hasStatus(404);
    }

    @Test
    void aRequestMovesNothingUntilThePayerAcceptsAndTheStatementShowsIt() throws Exception {
        CurrentUser payer = member(true);
        CurrentUser payee = member(true);
        MvcTestResult asked = mvc.post()
                .uri("/api/v1/exchange/requests")
                .with(ApiAuth.as(users, payee.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"selId\":\"%s\",\"payerId\":\"%s\",\"amount\":45,\"memo\":\"Cours de tricot\"}"
                        .formatted(sel.id(), payer.accountId()))
                .exchange();
        assertThat(asked).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("REQUESTED");
        String id = JsonPath.read(asked.getResponse().getContentAsString(), "$.id");
        assertThat(balance(payer)).isZero();
        assertThat(mvc.post().uri("/api/v1/exchange/requests/{id}/accept", id).with(ApiAuth.as(users, payee.email())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/exchange/requests/{id}/accept", id).with(ApiAuth.as(users, payer.email())))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("COMMITTED");
        assertThat(mvc.post().uri("/api/v1/exchange/requests/{id}/reject", id).with(ApiAuth.as(users, payer.email())))
                .hasStatus(409);
        assertThat(balance(payer)).isEqualTo(-45);
        assertThat(balance(payee)).isEqualTo(45);
        assertThat(mvc.get()
                        .uri("/api/v1/exchange/sels/{id}/statement?format=csv", sel.id())
                        .with(ApiAuth.as(users, payee.email())))
                .hasStatus(200)
                .bodyText()
                .contains("position;date;amount;balance;memo;with", ";45;45;Cours de tricot;");
    }

    @Autowired
    Contests contests;

    @Test
    void aContestedTransferIsReversedOnceByConsentOrByACoordinatorNeverEdited() {
        CurrentUser payer = member(true);
        CurrentUser payee = member(true);
        TransferView paid = transfers
                .pay(payer, sel.id(), payee.accountId(), BigDecimal.valueOf(120), "Déménagement", null)
                .transfer();

        CurrentUser stranger = member(true);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> contests.contest(stranger, paid.id(), "Pas moi")))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> contests.contest(payer, paid.id(), " ")))
                .isInstanceOf(DomainException.class);

        ContestView contest = contests.contest(payer, paid.id(), "Le déménagement a été annulé");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> contests.contest(payee, paid.id(), "Moi aussi")))
                .isInstanceOf(DomainException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> contests.accept(payer, contest.id())))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        ContestView accepted = contests.accept(payee, contest.id());
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.reversalId()).isNotNull();
        assertThat(balance(payer)).isZero();
        assertThat(balance(payee)).isZero();
        assertThat(jdbc.sql("SELECT status FROM sel_transaction WHERE id = ?")
                        .param(paid.id())
                        .query(String.class)
                        .single())
                .isEqualTo("COMMITTED");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> contests.contest(payer, paid.id(), "Encore")))
                .isInstanceOf(DomainException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> contests.contest(payee, accepted.reversalId(), "Annulons l'annulation")))
                .isInstanceOf(DomainException.class);

        TransferView second = transfers
                .pay(payer, sel.id(), payee.accountId(), BigDecimal.valueOf(30), "Course", null)
                .transfer();
        ContestView raised = contests.contest(payee, second.id(), "Montant faux");
        CurrentUser coordinator = new CurrentUser(
                coop.relais.shared.demo.DemoIds.ACCOUNT_ADMIN,
                "admin@relais.test",
                "Admin",
                "fr",
                List.of(RoleGrant.admin()));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> contests.decide(payer, raised.id(), true, "Je décide")))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        ContestView dismissed = contests.decide(coordinator, raised.id(), false, "Le montant est juste");
        assertThat(dismissed.status()).isEqualTo("DISMISSED");
        assertThat(balance(payee)).isEqualTo(30);
        assertSound(List.of(payer, payee, stranger));
    }

    @Autowired
    Ads ads;

    @Test
    void offersAndWantsArePostedSearchedAndTheirAuthorContactedWithoutAddresses() throws Exception {
        CurrentUser author = member(true);
        CurrentUser reader = member(true);
        CurrentUser outsider = member(false);
        MvcTestResult posted = mvc.post()
                .uri("/api/v1/exchange/sels/{id}/ads", sel.id())
                .with(ApiAuth.as(users, author.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"OFFER\",\"category\":\"GARDEN\",\"title\":\"Taille de haies\","
                        + "\"body\":\"Le samedi matin, avec mon taille-haie.\",\"area\":\"Les Aubiers\"}")
                .exchange();
        assertThat(posted).hasStatus(201).bodyJson().extractingPath("$.title").isEqualTo("Taille de haies");
        String id = JsonPath.read(posted.getResponse().getContentAsString(), "$.id");
        assertThat(mvc.post()
                        .uri("/api/v1/exchange/sels/{id}/ads", sel.id())
                        .with(ApiAuth.as(users, author.email()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GIFT\",\"category\":\"GARDEN\",\"title\":\"x\",\"body\":\"y\"}"))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/api/v1/exchange/sels/{id}/ads?q=HAIE&kind=OFFER", sel.id())
                        .with(ApiAuth.as(users, reader.email())))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.items[0].id")
                .isEqualTo(id);
        assertThat(mvc.get()
                        .uri("/api/v1/exchange/sels/{id}/ads?kind=WANT", sel.id())
                        .with(ApiAuth.as(users, reader.email())))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/exchange/sels/{id}/ads", sel.id()).with(ApiAuth.as(users, outsider.email())))
                .hasStatus(409);

        ads.contact(reader, UUID.fromString(id), "Bonjour, ma haie fait dix mètres, samedi ?");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ? AND message_key = ?")
                                .params(author.accountId(), "exchange.notice.contact")
                                .query(Long.class)
                                .single()
                        == 1);
        String arguments = jdbc.sql("SELECT arguments FROM notice WHERE account_id = ? AND message_key = ?")
                .params(author.accountId(), "exchange.notice.contact")
                .query(String.class)
                .single();
        assertThat(arguments).contains("ma haie fait dix mètres").doesNotContain("@exchange.test");
    }

    @Autowired
    GroupPayments groups;

    @Test
    void aGroupPaymentPaysEveryoneOrNobody() {
        CurrentUser host = member(true);
        List<CurrentUser> helpers = List.of(member(true), member(true), member(true));
        List<UUID> ids = helpers.stream().map(CurrentUser::accountId).toList();

        List<TransferView> paid = groups.pay(host, sel.id(), ids, BigDecimal.valueOf(60), "Atelier réparation");
        assertThat(paid).hasSize(3).allMatch(t -> t.status().equals("COMMITTED"));
        assertThat(balance(host)).isEqualTo(-180);
        long before = rows();

        // 3 × 60 more would take the host to −360, beyond the floor of 300: nobody is paid.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> groups.pay(host, sel.id(), ids, BigDecimal.valueOf(60), "Deuxième atelier")))
                .isInstanceOf(DomainException.class)
                .hasMessage("exchange.rule.floor");
        assertThat(rows()).isEqualTo(before);
        assertThat(balance(host)).isEqualTo(-180);
        for (CurrentUser helper : helpers) {
            assertThat(balance(helper)).isEqualTo(60);
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> groups.pay(
                        host, sel.id(), List.of(ids.get(0), ids.get(0)), BigDecimal.ONE, "Deux fois la même")))
                .isInstanceOf(DomainException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                        groups.pay(host, sel.id(), List.of(ids.get(0), host.accountId()), BigDecimal.ONE, "Moi aussi")))
                .isInstanceOf(DomainException.class);
        assertThat(rows()).isEqualTo(before);
        List<CurrentUser> all = new ArrayList<>(helpers);
        all.add(host);
        assertSound(all);
    }

    @Test
    void aHostIsPaidBySeveralByAskingEachOfThemAllOrNobody() {
        CurrentUser host = member(true);
        List<CurrentUser> participants = List.of(member(true), member(true), member(true));
        List<UUID> ids = participants.stream().map(CurrentUser::accountId).toList();
        long before = rows();

        // One of them is not in the SEL: nobody is asked.
        List<UUID> withStranger = new ArrayList<>(ids);
        withStranger.add(member(false).accountId());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> groups.request(host, sel.id(), withStranger, BigDecimal.valueOf(45), "Atelier couture")))
                .isInstanceOf(DomainException.class)
                .hasMessage("exchange.other.notMember");
        assertThat(rows()).isEqualTo(before);

        List<TransferView> asked = groups.request(host, sel.id(), ids, BigDecimal.valueOf(45), "Atelier couture");
        assertThat(asked).hasSize(3).allMatch(t -> t.status().equals("REQUESTED"));
        assertThat(balance(host)).isZero();
        // Each pays for themselves only: one accepts, one rejects, one leaves it.
        transfers.accept(participants.get(0), asked.get(0).id());
        transfers.decline(participants.get(1), asked.get(1).id());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> transfers.accept(participants.get(0), asked.get(2).id())))
                .isInstanceOf(coop.relais.shared.NotFoundException.class);
        assertThat(balance(host)).isEqualTo(45);
        assertThat(balance(participants.get(0))).isEqualTo(-45);
        assertThat(balance(participants.get(1))).isZero();
        List<CurrentUser> all = new ArrayList<>(participants);
        all.add(host);
        assertSound(all);
    }
}
