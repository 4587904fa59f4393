package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_SALARIE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
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

/** The parcels API: register, notify with a pickup code, hand over by code or ID, send back. */
@SpringBootTest
@AutoConfigureMockMvc
class ParcelApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    DeskFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeskFixtures(users, jdbc);
    }

    private MvcTestResult register(String email, UUID site, UUID recipient, String tracking, boolean confirm) {
        return mvc.post()
                .uri("/api/v1/desk/parcels")
                .with(ApiAuth.as(users, email))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId": "%s", "recipientId": "%s", "carrier": "Colissimo", "trackingNumber": "%s",
                         "size": "MEDIUM", "shelf": "G", "confirmDuplicate": %s}""".formatted(site, recipient, tracking, confirm))
                .exchange();
    }

    private UUID registered(String tracking) throws Exception {
        MvcTestResult result = register("concierge@relais.test", SITE_BASTIDE, ACCOUNT_HABITANT, tracking, false);
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private MvcTestResult collect(UUID parcel, String body) {
        return mvc.post()
                .uri("/api/v1/desk/parcels/{id}/collect", parcel)
                .with(ApiAuth.as(users, "concierge@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void registeringNotifiesTheMemberWithAPickupCodeOnlyTheySee() throws Exception {
        String tracking = DeskFixtures.tracking();
        MvcTestResult result = register("concierge@relais.test", SITE_BASTIDE, ACCOUNT_HABITANT, tracking, false);

        assertThat(result).hasStatus(201).headers().containsHeader("Location");
        assertThat(result)
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("NOTIFIED"))
                .hasPathSatisfying("$.recipientName", v -> v.assertThat().isEqualTo("Lucien Garreau"))
                .hasPathSatisfying("$.trackingNumber", v -> v.assertThat().isEqualTo(tracking))
                .doesNotHavePath("$.pickupCode");
        UUID id = UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
        String code = fixtures.pickupCode(id);
        assertThat(code).matches("\\d{6}");

        var mail = fixtures.mail("parcel:" + id + ":arrived").orElseThrow();
        assertThat(mail.get("recipient")).isEqualTo("habitant@relais.test");
        assertThat((String) mail.get("subject")).contains("Un colis vous attend");
        assertThat((String) mail.get("text_body")).contains(code, "Colissimo", tracking, "Bonjour Lucien Garreau");
        assertThat((String) mail.get("html_body")).contains(code);

        assertThat(mvc.get().uri("/api/v1/me/parcels").with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.id == '" + id + "')].pickupCode")
                .asArray()
                .containsExactly(code);
        assertThat(mvc.get().uri("/api/v1/me/parcels").with(ApiAuth.as(users, "salarie@relais.test")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(code);
        assertThat(mvc.get().uri("/api/v1/desk/parcels/{id}", id).with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("pickupCode");
    }

    @Test
    void theRightCodeHandsOverOnceThenTheCodeIsUsedUp() throws Exception {
        UUID id = registered(DeskFixtures.tracking());
        String code = fixtures.pickupCode(id);

        assertThat(collect(id, "{\"pickupCode\": \"" + code + "\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("COLLECTED"))
                .hasPathSatisfying("$.collectionMethod", v -> v.assertThat().isEqualTo("CODE"))
                .hasPathSatisfying("$.collectorName", v -> v.assertThat().isEqualTo("Lucien Garreau"));
        assertThat(collect(id, "{\"pickupCode\": \"" + code + "\"}"))
                .hasStatus(409)
                .bodyText()
                .contains("déjà été remis");
        assertThat(fixtures.pickupCode(id)).isNull();
    }

    @Test
    void wrongCodesAreCountedThenLockedThenOnlyAnIdCheckHandsOver() throws Exception {
        UUID id = registered(DeskFixtures.tracking());
        String code = fixtures.pickupCode(id);
        String wrong = code.equals("000000") ? "000001" : "000000";

        // Five tries, as for orders (relais.pickup-code.max-attempts).
        assertThat(collect(id, "{\"pickupCode\": \"" + wrong + "\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("Code incorrect. Il reste 4 essais.");
        assertThat(fixtures.codeAttempts(id))
                .as("the try is saved despite the refusal")
                .isEqualTo(1);
        for (int left = 3; left >= 1; left--) {
            assertThat(collect(id, "{\"pickupCode\": \"" + wrong + "\"}"))
                    .hasStatus(400)
                    .bodyText()
                    .contains(left == 1 ? "Il reste 1 essai." : "Il reste " + left + " essais.");
        }
        assertThat(collect(id, "{\"pickupCode\": \"" + wrong + "\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("bloqué");
        assertThat(collect(id, "{\"pickupCode\": \"" + code + "\"}"))
                .hasStatus(409)
                .bodyText()
                .contains("pièce d'identité");

        assertThat(collect(id, "{\"idChecked\": true, \"collectorName\": \"Jean Inconnu\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("ne fait pas partie des personnes");
        assertThat(collect(id, "{\"idChecked\": true, \"collectorName\": \"lucien garreau\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.collectionMethod", v -> v.assertThat().isEqualTo("ID_CHECK"));
    }

    @Test
    void anIdCheckMustBeConfirmed() throws Exception {
        UUID id = registered(DeskFixtures.tracking());
        assertThat(collect(id, "{\"collectorName\": \"Lucien Garreau\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("code de retrait");
    }

    @Test
    void aParcelIsSentBackWithANote() throws Exception {
        UUID id = registered(DeskFixtures.tracking());
        assertThat(mvc.post()
                        .uri("/api/v1/desk/parcels/{id}/return", id)
                        .with(ApiAuth.as(users, "concierge@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Refusé par le destinataire\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("RETURNED"))
                .hasPathSatisfying("$.returnNote", v -> v.assertThat().isEqualTo("Refusé par le destinataire"));
        assertThat(collect(id, "{\"idChecked\": true, \"collectorName\": \"Lucien Garreau\"}"))
                .hasStatus(409);
    }

    @Test
    void anUnknownRecipientIsAClearErrorAndNothingIsWritten() {
        String tracking = DeskFixtures.tracking();
        assertThat(register("concierge@relais.test", SITE_BASTIDE, UUID.randomUUID(), tracking, false))
                .hasStatus(400)
                .bodyText()
                .contains("n'est pas membre de ce site");
        assertThat(register("concierge@relais.test", SITE_BASTIDE, ACCOUNT_SALARIE, tracking, false))
                .as("a member of another site")
                .hasStatus(400);
        assertThat(fixtures.parcelsWithTracking(tracking)).isZero();
    }

    @Test
    void theSameTrackingNumberTwiceInADayAsksForConfirmation() throws Exception {
        String tracking = DeskFixtures.tracking();
        registered(tracking);

        assertThat(register("concierge@relais.test", SITE_BASTIDE, ACCOUNT_HABITANT, tracking.toLowerCase(), false))
                .hasStatus(409)
                .bodyText()
                .contains("déjà été enregistré aujourd'hui", tracking);
        assertThat(fixtures.parcelsWithTracking(tracking)).isEqualTo(1);

        assertThat(register("concierge@relais.test", SITE_BASTIDE, ACCOUNT_HABITANT, tracking, true))
                .hasStatus(201);
        assertThat(fixtures.parcelsWithTracking(tracking)).isEqualTo(2);
    }

    @Test
    void badInputGetsA400NeverA500() {
        String tracking = DeskFixtures.tracking();
        for (String body : new String[] {
            "{not json",
            "{\"siteId\": \"%s\", \"recipientId\": \"%s\", \"carrier\": \"Colissimo\", \"size\": \"HUGE\", \"shelf\": \"G\"}"
                    .formatted(SITE_BASTIDE, ACCOUNT_HABITANT),
            "{\"siteId\": \"%s\", \"recipientId\": \"%s\", \"carrier\": \"%s\", \"size\": \"SMALL\", \"shelf\": \"G\"}"
                    .formatted(SITE_BASTIDE, ACCOUNT_HABITANT, "x".repeat(10_000)),
            "{\"siteId\": \"%s\", \"recipientId\": \"%s\", \"carrier\": \"DHL\", \"trackingNumber\": \"<script>%s</script>\", \"size\": \"SMALL\", \"shelf\": \"G\"}"
                    .formatted(SITE_BASTIDE, ACCOUNT_HABITANT, tracking),
            "{\"siteId\": \"not-a-uuid\", \"recipientId\": \"%s\", \"carrier\": \"DHL\", \"size\": \"SMALL\", \"shelf\": \"G\"}"
                    .formatted(ACCOUNT_HABITANT),
            "{}"
        }) {
            assertThat(mvc.post()
                            .uri("/api/v1/desk/parcels")
                            .with(ApiAuth.as(users, "concierge@relais.test"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .as(body.length() > 200 ? body.substring(0, 200) : body)
                    .hasStatus(400)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(fixtures.parcelsWithTracking(tracking)).isZero();
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels/{id}", UUID.randomUUID())
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/desk/parcels/not-a-uuid").with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatus(400);
    }

    @Test
    void listsAreScopedPagedAndBounded() throws Exception {
        registered(DeskFixtures.tracking());
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels?siteId={site}&status=NOTIFIED&size=5000&page=-3", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.size", v -> v.assertThat().isEqualTo(100))
                .hasPathSatisfying("$.page", v -> v.assertThat().isEqualTo(0))
                .hasPathSatisfying("$.items[0].status", v -> v.assertThat().isEqualTo("NOTIFIED"));
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels?siteId={site}&status=LOST", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/desk/parcels?siteId={site}", SITE_BASTIDE))
                .as("no token")
                .hasStatus(401);
    }

    @Test
    void recipientsAreFoundByNameEmailPhoneOrCompany() {
        for (String query : new String[] {"garreau", "habitant@relais", "06 12 00 00 05"}) {
            assertThat(mvc.get()
                            .uri("/api/v1/desk/recipients?siteId={site}&q={q}", SITE_BASTIDE, query)
                            .with(ApiAuth.as(users, "concierge@relais.test")))
                    .as(query)
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$[*].displayName")
                    .asArray()
                    .contains("Lucien Garreau");
        }
        assertThat(mvc.get()
                        .uri(
                                "/api/v1/desk/recipients?siteId={site}&q={q}",
                                coop.relais.shared.demo.DemoIds.SITE_AQUITAINE,
                                "aquitaine logistique")
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .as("by company")
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].displayName")
                .asArray()
                .contains("Inès Carvalho");
    }
}
