package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_BADGE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.support.ApiAuth;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** À-la-carte requests: filed by a client organisation, done at the desk, billed through an event. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RequestApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    DeskFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeskFixtures(users, jdbc);
    }

    private MvcTestResult file(String email, UUID organisation, UUID offer, String beneficiary, String extra) {
        return mvc.post()
                .uri("/api/v1/desk/requests")
                .with(ApiAuth.as(users, email))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organisationId": "%s", "offerId": "%s", "beneficiary": "%s", "location": "Bât. C, appt 3",
                         "itemNumber": "BDG-7788" %s}""".formatted(organisation, offer, beneficiary, extra))
                .exchange();
    }

    private UUID filed(String beneficiary) throws Exception {
        MvcTestResult result =
                file("bailleur@relais.test", CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_BADGE, beneficiary, "");
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private MvcTestResult complete(UUID request, String body) {
        return mvc.post()
                .uri("/api/v1/desk/requests/{id}/complete", request)
                .with(ApiAuth.as(users, "concierge@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void theLandlordSeesTheBadgeActivationItMayRequest() {
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests/offers?organisationId={org}", CLIENT_HABITAT_GARONNE)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[0].serviceName", v -> v.assertThat().isEqualTo("Activation de badge d'entrée"))
                .hasPathSatisfying("$[0].price", v -> v.assertThat().isEqualTo(12.0));
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests/offers?organisationId={org}", CLIENT_AQUITAINE_LOGISTIQUE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("badge");
    }

    @Test
    void aDoneRequestTellsTheLandlordAndRaisesItsPriceForBilling() throws Exception {
        String tenant = "Mme Test " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = filed(tenant);
        assertThat(mvc.get().uri("/api/v1/desk/requests/{id}", id).with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("SUBMITTED"))
                .hasPathSatisfying("$.amount", v -> v.assertThat().isEqualTo(12.0))
                .hasPathSatisfying("$.reference", v -> v.assertThat().asString().matches("DEM-\\d{4}-\\d{6}"));
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests?siteId={site}&status=SUBMITTED", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains(tenant);

        assertThat(complete(id, "{\"note\": \"Badge BDG-7788 activé, remis au gardien.\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("DONE"))
                .hasPathSatisfying("$.completedByName", v -> v.assertThat().isEqualTo("Karim Benali"));

        assertThat(events.stream(RequestCompleted.class)
                        .filter(e -> e.requestId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.organisationId()).isEqualTo(CLIENT_HABITAT_GARONNE);
                    assertThat(e.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(e.offerId()).isEqualTo(OFFER_BASTIDE_BADGE);
                    assertThat(e.amount()).isEqualTo(Money.euros("12.00"));
                    assertThat(e.vatRate()).isEqualByComparingTo(new BigDecimal("20"));
                    assertThat(e.completedAt()).isNotNull();
                });
        var mail = fixtures.mail("request:" + id + ":completed").orElseThrow();
        assertThat(mail.get("recipient")).isEqualTo("bailleur@relais.test");
        assertThat((String) mail.get("text_body")).contains("Badge BDG-7788 activé", tenant);

        assertThat(complete(id, "{\"note\": \"Encore\"}"))
                .hasStatus(409)
                .bodyText()
                .contains("déjà été faite");
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests/{id}/cancel", id)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatus(409);
    }

    @Test
    void aRequestIsDoneWithANote() throws Exception {
        UUID id = filed("Sans note");
        assertThat(complete(id, "{\"note\": \"   \"}"))
                .hasStatus(400)
                .bodyJson()
                .hasPath("$.errors.note");
        assertThat(complete(id, "{\"note\": \"" + "x".repeat(5000) + "\"}")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/desk/requests/{id}", id).with(ApiAuth.as(users, "bailleur@relais.test")))
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("SUBMITTED"));
    }

    @Test
    void theLandlordMayWithdrawARequestTheDeskHasNotDone() throws Exception {
        UUID id = filed("À annuler");
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests/{id}/cancel", id)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("CANCELLED"));
        assertThat(complete(id, "{\"note\": \"Trop tard\"}"))
                .hasStatus(409)
                .bodyText()
                .contains("annulée");
    }

    @Test
    void onlyServicesForOrganisationsAtItsSitesMayBeRequested() {
        assertThat(file("bailleur@relais.test", CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_CHEMISE, "X", ""))
                .as("a service for members, not for organisations")
                .hasStatus(400)
                .bodyText()
                .contains("pas proposé");
        assertThat(file("bailleur@relais.test", CLIENT_HABITAT_GARONNE, UUID.randomUUID(), "X", ""))
                .hasStatus(400);
        assertThat(file("bailleur@relais.test", CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_BADGE, "X", ", \"quantity\": 0"))
                .hasStatus(400);
        assertThat(file("bailleur@relais.test", CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_BADGE, "", ""))
                .hasStatus(400)
                .bodyJson()
                .hasPath("$.errors.beneficiary");
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests")
                        .with(ApiAuth.as(users, "concierge@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationId": "%s", "offerId": "%s", "beneficiary": "X"}""".formatted(CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_BADGE)))
                .as("the desk does not file requests for an organisation")
                .hasStatus(404);
    }
}
