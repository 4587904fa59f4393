package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.ApiAuth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class OrdersApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(accountRepository, passwordEncoder);
    }

    RequestPostProcessor as(String email) {
        return ApiAuth.as(users, email);
    }

    RequestPostProcessor as(CurrentUser user) {
        return ApiAuth.as(users, user.email());
    }

    MvcTestResult post(RequestPostProcessor who, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult placeShirts(RequestPostProcessor who, int quantity) {
        return post(
                who,
                "/api/v1/orders",
                "{\"offerId\":\"%s\",\"quantity\":%d}".formatted(OFFER_BASTIDE_CHEMISE, quantity));
    }

    static String id(MvcTestResult result) {
        return JsonPath.read(body(result), "$.id");
    }

    static String json(MvcTestResult result, String path) {
        return String.valueOf((Object) JsonPath.read(body(result), path));
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    long ordersOf(CurrentUser member) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE member_id = ?")
                .param(member.accountId())
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberPlacesAnOrderAndGetsItBack() {
        CurrentUser member = people.member(SITE_BASTIDE);
        MvcTestResult placed = post(
                as(member),
                "/api/v1/orders",
                "{\"offerId\":\"%s\",\"quantity\":3,\"note\":\"<b>Amidon</b>\"}".formatted(OFFER_BASTIDE_CHEMISE));
        assertThat(placed).hasStatus(201);
        assertThat(placed.getResponse().getHeader("Location")).isEqualTo("/api/v1/orders/" + id(placed));
        assertThat(json(placed, "$.totalAmount")).isEqualTo("11.7");
        assertThat(json(placed, "$.lines[0].vatRate")).isEqualTo("20.0");
        assertThat(placed)
                .bodyJson()
                .hasPathSatisfying("$.reference", v -> assertThat(v).asString().matches("CMD-20\\d\\d-\\d{6}"))
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("SUBMITTED"))
                .hasPathSatisfying("$.note", v -> assertThat(v).isEqualTo("<b>Amidon</b>"))
                .hasPathSatisfying("$.timeline[0].action", v -> assertThat(v).isEqualTo("PLACE"))
                .doesNotHavePath("$.pickupCode");
        assertThat(mvc.get().uri("/api/v1/orders/" + id(placed)).with(as(member)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.actions", v -> assertThat(v).asArray().containsExactly("cancel"));
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneOrderAndADifferentBodyIsRefused() {
        CurrentUser member = people.member(SITE_BASTIDE);
        String key = "retry-" + UUID.randomUUID();
        String json = "{\"offerId\":\"%s\",\"quantity\":2}".formatted(OFFER_BASTIDE_CHEMISE);
        MvcTestResult first = mvc.post()
                .uri("/api/v1/orders")
                .with(as(member))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        MvcTestResult again = mvc.post()
                .uri("/api/v1/orders")
                .with(as(member))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(200);
        assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(ordersOf(member)).isEqualTo(1);

        MvcTestResult different = mvc.post()
                .uri("/api/v1/orders")
                .with(as(member))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"offerId\":\"%s\",\"quantity\":5}".formatted(OFFER_BASTIDE_CHEMISE))
                .exchange();
        assertThat(different).hasStatus(409);
        assertThat(body(different)).contains("clé d'idempotence a déjà servi");
        assertThat(ordersOf(member)).isEqualTo(1);

        // The key belongs to its caller: another member with the same key gets their own order.
        CurrentUser other = people.member(SITE_BASTIDE);
        MvcTestResult theirs = mvc.post()
                .uri("/api/v1/orders")
                .with(as(other))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        assertThat(theirs).hasStatus(201);
        assertThat(id(theirs)).isNotEqualTo(id(first));
    }

    @Test
    void theSameIdempotencyKeyInParallelMakesOneOrder() throws Exception {
        CurrentUser member = people.member(SITE_BASTIDE);
        String key = "parallel-" + UUID.randomUUID();
        String json = "{\"offerId\":\"%s\",\"quantity\":4}".formatted(OFFER_BASTIDE_CHEMISE);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<MvcTestResult>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> {
                    start.await();
                    return mvc.post()
                            .uri("/api/v1/orders")
                            .with(as(member))
                            .header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json)
                            .exchange();
                });
            }
            List<Future<MvcTestResult>> futures = new ArrayList<>();
            for (Callable<MvcTestResult> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<MvcTestResult> future : futures) {
                MvcTestResult result = future.get();
                assertThat(result.getResponse().getStatus()).as(body(result)).isIn(200, 201);
                ids.add(id(result));
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(ordersOf(member)).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsWritten() {
        CurrentUser member = people.member(SITE_BASTIDE);
        RequestPostProcessor me = as(member);
        for (int quantity : new int[] {0, -3, 1000, Integer.MAX_VALUE}) {
            MvcTestResult result = placeShirts(me, quantity);
            assertThat(result).as("quantity " + quantity).hasStatus(400);
            assertThat(result).bodyJson().hasPath("$.errors.quantity");
        }
        assertThat(post(
                        me,
                        "/api/v1/orders",
                        "{\"offerId\":\"%s\",\"quantity\":99999999999}".formatted(OFFER_BASTIDE_CHEMISE)))
                .hasStatus(400);
        assertThat(post(
                        me,
                        "/api/v1/orders",
                        "{\"offerId\":\"%s\",\"quantity\":1,\"note\":\"%s\"}"
                                .formatted(OFFER_BASTIDE_CHEMISE, "x".repeat(10_000))))
                .hasStatus(400)
                .bodyJson()
                .hasPath("$.errors.note");
        assertThat(post(me, "/api/v1/orders", "{\"offerId\":\"not-a-uuid\",\"quantity\":1}"))
                .hasStatus(400);
        assertThat(post(me, "/api/v1/orders", "{\"offerId\":"))
                .hasStatus(400)
                .bodyText()
                .contains("JSON");
        assertThat(post(me, "/api/v1/orders", "{}")).hasStatus(400).bodyJson().hasPath("$.errors.offerId");
        assertThat(post(me, "/api/v1/orders", "[1,2]")).hasStatus(400);
        assertThat(post(me, "/api/v1/orders", "{\"offerId\":\"%s\",\"quantity\":1}".formatted(UUID.randomUUID())))
                .hasStatus(404);
        // Another site's offer reveals nothing.
        assertThat(post(me, "/api/v1/orders", "{\"offerId\":\"%s\",\"quantity\":1}".formatted(OFFER_AQUITAINE_CHEMISE)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/orders")
                        .with(me)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("3 chemises")
                        .exchange())
                .hasStatus(415);
        assertThat(mvc.post()
                        .uri("/api/v1/orders")
                        .with(me)
                        .header("Idempotency-Key", "x".repeat(500))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offerId\":\"%s\",\"quantity\":1}".formatted(OFFER_BASTIDE_CHEMISE))
                        .exchange())
                .hasStatus(400);
        assertThat(ordersOf(member)).isZero();
        assertThat(mvc.get().uri("/api/v1/orders/not-a-uuid").with(me)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/orders/" + UUID.randomUUID()).with(me))
                .hasStatus(404);
    }

    @Test
    void theWholeLoopThroughTheApiWithTheCodeShownToTheMemberOnly() {
        CurrentUser member = people.member(SITE_BASTIDE);
        String id = id(placeShirts(as(member), 3));
        String order = "/api/v1/orders/" + id;
        RequestPostProcessor karim = as("concierge@relais.test");
        RequestPostProcessor moussa = as("pressing@relais.test");

        // The provider sees nothing before dispatch; the member cannot accept their own order.
        assertThat(mvc.get().uri(order).with(moussa)).hasStatus(404);
        assertThat(post(as(member), order + "/accept", "")).hasStatus(403);
        assertThat(post(karim, order + "/accept", ""))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("ACCEPTED"));
        // Illegal now: 409 with a sentence a person can read.
        MvcTestResult illegal = post(karim, order + "/ready", "");
        assertThat(illegal).hasStatus(409);
        assertThat(illegal.getResponse().getContentType()).contains("application/problem+json");
        assertThat(body(illegal)).contains("« Marquer prête » n'est pas possible", "« Acceptée »");
        assertThat(post(karim, order + "/dispatch", "{\"providerId\":\"%s\"}".formatted(PROVIDER_EPICERIE)))
                .hasStatusOk();
        // Re-dispatch needs the provider to decline first; the wrong provider cannot see it.
        assertThat(mvc.get().uri(order).with(moussa)).hasStatus(404);
        assertThat(post(karim, order + "/cancel", "")).hasStatusOk();
        assertThat(post(karim, order + "/dispatch", "{\"providerId\":\"%s\"}".formatted(PROVIDER_PRESSING)))
                .hasStatus(409)
                .bodyText()
                .contains("déjà « Annulée »");

        String id2 = id(placeShirts(as(member), 2));
        String second = "/api/v1/orders/" + id2;
        post(karim, second + "/accept", "");
        assertThat(post(karim, second + "/dispatch", "{}"))
                .hasStatus(400)
                .bodyText()
                .contains("Choisissez le prestataire");
        assertThat(post(karim, second + "/dispatch", "{\"providerId\":\"%s\"}".formatted(UUID.randomUUID())))
                .hasStatus(400)
                .bodyText()
                .contains("ne travaille pas pour cette conciergerie");
        assertThat(post(karim, second + "/dispatch", "{\"providerId\":\"%s\"}".formatted(PROVIDER_PRESSING)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/provider/jobs").with(moussa))
                .hasStatusOk()
                .bodyText()
                .contains(id2);
        assertThat(post(moussa, second + "/accept", "")).hasStatusOk();
        assertThat(post(moussa, second + "/decline", "{}"))
                .hasStatus(400)
                .bodyText()
                .contains("Indiquez le motif");
        assertThat(post(moussa, second + "/start", "")).hasStatusOk();
        assertThat(post(moussa, second + "/ready", "")).hasStatusOk().bodyJson().doesNotHavePath("$.pickupCode");
        String code = JsonPath.read(body(mvc.get().uri(second).with(as(member)).exchange()), "$.pickupCode");
        assertThat(code).matches("\\d{6}");
        assertThat(body(mvc.get().uri(second).with(karim).exchange())).doesNotContain(code);

        String wrong = code.equals("000000") ? "111111" : "000000";
        MvcTestResult wrongCode = post(karim, second + "/deliver", "{\"pickupCode\":\"%s\"}".formatted(wrong));
        assertThat(wrongCode).hasStatus(400);
        assertThat(body(wrongCode)).contains("n'est pas le bon", "Essais restants : 4");
        assertThat(post(karim, second + "/deliver", "{}"))
                .hasStatus(400)
                .bodyText()
                .contains("code de retrait, ou vérifiez");
        assertThat(post(karim, second + "/deliver", "{\"pickupCode\":\"%s\"}".formatted(code)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("DELIVERED"))
                .hasPathSatisfying("$.handover", v -> assertThat(v).isEqualTo("CODE"));
        // Single use.
        assertThat(post(karim, second + "/deliver", "{\"pickupCode\":\"%s\"}".formatted(code)))
                .hasStatus(409);
        MvcTestResult afterwards = mvc.get().uri(second).with(as(member)).exchange();
        assertThat(afterwards).bodyJson().doesNotHavePath("$.pickupCode");
        assertThat(json(afterwards, "$.timeline[-1:].to")).contains("DELIVERED");
    }

    @Test
    void fiveWrongCodesLockTheCodeAndTheDeskChecksTheId() {
        CurrentUser member = people.member(SITE_BASTIDE);
        String order = "/api/v1/orders/" + id(placeShirts(as(member), 1));
        RequestPostProcessor karim = as("concierge@relais.test");
        post(karim, order + "/accept", "");
        post(karim, order + "/start", "");
        post(karim, order + "/ready", "");
        String code = JsonPath.read(body(mvc.get().uri(order).with(as(member)).exchange()), "$.pickupCode");
        String wrong = code.equals("999999") ? "888888" : "999999";
        for (int i = 0; i < 4; i++) {
            assertThat(post(karim, order + "/deliver", "{\"pickupCode\":\"%s\"}".formatted(wrong)))
                    .hasStatus(400);
        }
        assertThat(post(karim, order + "/deliver", "{\"pickupCode\":\"abc\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("vérifiez la pièce d'identité");
        assertThat(post(karim, order + "/deliver", "{\"pickupCode\":\"%s\"}".formatted(code)))
                .hasStatus(409)
                .bodyText()
                .contains("bloqué");
        assertThat(mvc.get().uri(order).with(as(member)))
                .bodyJson()
                .doesNotHavePath("$.pickupCode")
                .hasPathSatisfying("$.pickupLocked", v -> assertThat(v).isEqualTo(true));
        assertThat(post(karim, order + "/deliver", "{\"idChecked\":true}"))
                .hasStatus(400)
                .bodyText()
                .contains("nom de la personne");
        assertThat(post(karim, order + "/deliver", "{\"idChecked\":true,\"collectorName\":\"Jeanne Martin (CNI)\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.collectedBy", v -> assertThat(v).isEqualTo("Jeanne Martin (CNI)"))
                .hasPathSatisfying("$.handover", v -> assertThat(v).isEqualTo("ID_CHECK"));
    }

    @Test
    void theQuoteLoopThroughTheApi() {
        CurrentUser member = people.member(SITE_BASTIDE);
        CurrentUser atelier = people.providerStaff(PROVIDER_RETOUCHES);
        MvcTestResult placed = post(
                as(member),
                "/api/v1/orders",
                "{\"offerId\":\"%s\",\"quantity\":1,\"note\":\"Ourlet\"}".formatted(OFFER_BASTIDE_RETOUCHES));
        assertThat(placed)
                .hasStatus(201)
                .bodyJson()
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("QUOTE_REQUESTED"));
        String order = "/api/v1/orders/" + id(placed);
        assertThat(post(as(member), order + "/accept-quote", "")).hasStatus(409);
        assertThat(post(as(atelier), order + "/quote", "{\"amount\":-4}")).hasStatus(400);
        assertThat(post(as(atelier), order + "/quote", "{\"amount\":\"abc\"}")).hasStatus(400);
        assertThat(post(as(atelier), order + "/quote", "{\"amount\":1e9}")).hasStatus(400);
        assertThat(post(as(atelier), order + "/quote", "{\"amount\":24.50,\"reason\":\"Ourlet simple\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("QUOTED"));
        MvcTestResult accepted = post(as(member), order + "/accept-quote", "");
        assertThat(accepted).hasStatusOk();
        assertThat(json(accepted, "$.status")).isEqualTo("DISPATCHED");
        assertThat(json(accepted, "$.totalAmount")).isEqualTo("24.5");
        assertThat(json(accepted, "$.dueOn")).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(post(as(atelier), order + "/start", "")).hasStatusOk();
    }

    @Test
    void listsAreScopedFilteredAndBounded() {
        RequestPostProcessor karim = as("concierge@relais.test");
        assertThat(mvc.get().uri("/api/v1/orders?size=1000").with(karim)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/orders?after=not-a-position").with(karim))
                .hasStatus(400)
                .bodyText()
                .contains("première page");
        assertThat(mvc.get().uri("/api/v1/orders?status=NOPE").with(karim)).hasStatus(400);
        MvcTestResult page = mvc.get()
                .uri("/api/v1/orders?size=100&status=READY")
                .with(karim)
                .exchange();
        assertThat(page).hasStatusOk();
        List<String> sites = JsonPath.read(body(page), "$.items[*].siteId");
        List<String> statuses = JsonPath.read(body(page), "$.items[*].status");
        assertThat(sites).isNotEmpty().containsOnly(SITE_BASTIDE.toString());
        assertThat(statuses).containsOnly("READY");
        assertThat(mvc.get().uri("/api/v1/orders?siteId=" + SITE_AQUITAINE).with(karim))
                .hasStatus(404);

        CurrentUser member = people.member(SITE_BASTIDE);
        placeShirts(as(member), 1);
        MvcTestResult mine = mvc.get().uri("/api/v1/orders").with(as(member)).exchange();
        assertThat(mine)
                .bodyJson()
                .hasPathSatisfying("$.items.length()", v -> assertThat(v).isEqualTo(1))
                .doesNotHavePath("$.next");

        assertThat(mvc.get().uri("/api/v1/provider/jobs").with(as(member))).hasStatus(403);
        CurrentUser cobbler = people.providerStaff(PROVIDER_CORDONNERIE);
        MvcTestResult none =
                mvc.get().uri("/api/v1/provider/jobs").with(as(cobbler)).exchange();
        assertThat(none).hasStatusOk();
        List<String> providers = JsonPath.read(body(none), "$[*].providerId");
        assertThat(providers).allMatch(PROVIDER_CORDONNERIE.toString()::equals);
    }

    @Test
    void unknownActionsAndOrdersAreNotFound() {
        CurrentUser member = people.member(SITE_BASTIDE);
        String order = "/api/v1/orders/" + id(placeShirts(as(member), 1));
        assertThat(post(as(member), order + "/teleport", "")).hasStatus(404);
        assertThat(post(as(member), "/api/v1/orders/" + UUID.randomUUID() + "/cancel", ""))
                .hasStatus(404);
        assertThat(post(as(member), order + "/cancel", "{\"reason\":")).hasStatus(400);
        assertThat(post(as(member), order + "/cancel", "{\"reason\":\"%s\"}".formatted("y".repeat(5000))))
                .hasStatus(400);
        assertThat(post(as(member), order + "/cancel", "")).hasStatusOk();
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/orders/{id}/{action}", "/api/v1/provider/jobs", "Idempotency-Key", "Orders");
    }
}
