package coop.relais.desk;

import static coop.relais.desk.internal.DeskDemoData.COPIER_ECOTONE;
import static coop.relais.desk.internal.DeskDemoData.PARCEL_BASTIDE_COLISSIMO;
import static coop.relais.desk.internal.DeskDemoData.REQUEST_BADGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_BADGE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * One site's desk is nobody at another site: the Aquitaine Logistique concierge can neither register
 * for, see nor hand over a Bastide parcel; a client admin sees only their organisation's requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskScopeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    DeskFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeskFixtures(users, jdbc);
    }

    @Test
    void theAquitaineConciergeCannotRegisterForBastide() {
        String tracking = DeskFixtures.tracking();
        assertThat(mvc.post()
                        .uri("/api/v1/desk/parcels")
                        .with(ApiAuth.as(users, "concierge2@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteId": "%s", "recipientId": "%s", "carrier": "DHL", "trackingNumber": "%s",
                                 "size": "SMALL", "shelf": "G"}""".formatted(SITE_BASTIDE, ACCOUNT_HABITANT, tracking)))
                .hasStatus(404);
        assertThat(fixtures.parcelsWithTracking(tracking)).isZero();
        assertThat(mvc.get()
                        .uri("/api/v1/desk/recipients?siteId={site}&q=garreau", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
    }

    @Test
    void theAquitaineConciergeCannotSeeABastideParcel() throws Exception {
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels?siteId={site}", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels/{id}", PARCEL_BASTIDE_COLISSIMO)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels/search?siteId={site}&q=Garreau", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);

        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");
        assertThat(mvc.get().uri("/desk/parcels").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie Aquitaine Logistique")
                .doesNotContain("Lucien Garreau");
        assertThat(mvc.get().uri("/desk/handover?q=Garreau").cookie(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Lucien Garreau");
        assertThat(mvc.get()
                        .uri("/desk/parcels/{id}/handover", PARCEL_BASTIDE_COLISSIMO)
                        .cookie(session))
                .hasStatus(404);
    }

    @Test
    void theAquitaineConciergeCannotHandOverABastideParcel() throws Exception {
        String code = fixtures.pickupCode(PARCEL_BASTIDE_COLISSIMO);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/parcels/{id}/collect", PARCEL_BASTIDE_COLISSIMO)
                        .with(ApiAuth.as(users, "concierge2@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pickupCode\": \"" + code + "\"}"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/parcels/{id}/return", PARCEL_BASTIDE_COLISSIMO)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");
        assertThat(mvc.post()
                        .uri("/desk/parcels/{id}/collect-id", PARCEL_BASTIDE_COLISSIMO)
                        .cookie(session)
                        .with(csrf())
                        .param("collectorName", "Lucien Garreau")
                        .param("idChecked", "true"))
                .hasStatus(404);
        assertThat(fixtures.pickupCode(PARCEL_BASTIDE_COLISSIMO))
                .as("still on the shelf, code unchanged")
                .isEqualTo(code);
    }

    @Test
    void oneClientAdminCannotSeeAnotherOrganisationsRequests() throws Exception {
        assertThat(mvc.get().uri("/api/v1/desk/requests").with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(CLIENT_HABITAT_GARONNE.toString(), "Lacoste");
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests?siteId={site}", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Lacoste");
        assertThat(mvc.get().uri("/api/v1/desk/requests/{id}", REQUEST_BADGE).with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests/{id}/cancel", REQUEST_BADGE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests")
                        .with(ApiAuth.as(users, "rh@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationId": "%s", "offerId": "%s", "beneficiary": "Quelqu'un"}""".formatted(CLIENT_HABITAT_GARONNE, OFFER_BASTIDE_BADGE)))
                .as("filing for another organisation")
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests/offers?organisationId={org}", CLIENT_HABITAT_GARONNE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatus(404);

        Cookie session = WebLogin.login(mockMvc, "rh@relais.test");
        assertThat(mvc.get().uri("/requests").cookie(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Lacoste");
        assertThat(mvc.get().uri("/requests/{id}", REQUEST_BADGE).cookie(session))
                .hasStatus(404);
    }

    @Test
    void theLandlordSeesItsRequestButOnlyTheDeskCompletesIt() {
        assertThat(mvc.get()
                        .uri("/api/v1/desk/requests/{id}", REQUEST_BADGE)
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.beneficiary", v -> v.assertThat().isEqualTo("Mme Josiane Lacoste"));
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests/{id}/complete", REQUEST_BADGE)
                        .with(ApiAuth.as(users, "bailleur@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Fait par moi\"}"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/requests/{id}/complete", REQUEST_BADGE)
                        .with(ApiAuth.as(users, "concierge2@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Fait\"}"))
                .as("the desk of another site")
                .hasStatus(404);
    }

    @Test
    void membersAndOtherSitesStayOutOfTheDesk() throws Exception {
        assertThat(mvc.get()
                        .uri("/api/v1/desk/parcels?siteId={site}", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/journal?siteId={site}", SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/copiers/{id}/readings", COPIER_ECOTONE)
                        .with(ApiAuth.as(users, "concierge@relais.test")))
                .hasStatus(404);
        Cookie member = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/desk").cookie(member)).hasStatus(403);
        assertThat(mvc.get().uri("/desk/parcels").cookie(member)).hasStatus(403);
        assertThat(mvc.get().uri("/requests").cookie(member)).hasStatus(403);
    }
}
