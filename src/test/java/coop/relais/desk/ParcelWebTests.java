package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The desk's parcel pages: full pages, htmx fragments, form errors, and the member's page. */
@SpringBootTest
@AutoConfigureMockMvc
class ParcelWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParcelManagement parcels;

    @Autowired
    MyParcels myParcels;

    DeskFixtures fixtures;
    Cookie concierge;

    @BeforeEach
    void signIn() {
        fixtures = new DeskFixtures(users, jdbc);
        concierge = WebLogin.login(mockMvc, "concierge@relais.test");
    }

    private MvcTestResult register(String tracking, String carrier, String shelf, String confirm) {
        var request = mvc.post()
                .uri("/desk/parcels")
                .cookie(concierge)
                .with(csrf())
                .param("recipientId", ACCOUNT_HABITANT.toString())
                .param("trackingNumber", tracking)
                .param("carrier", carrier)
                .param("size", "SMALL")
                .param("shelf", shelf);
        if (confirm != null) {
            request = request.param("confirmDuplicate", confirm);
        }
        return request.exchange();
    }

    @Test
    void theCounterHomeOffersEveryTaskAsABigButton() {
        assertThat(mvc.get().uri("/desk").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "counter-mode",
                        "Nouveau colis",
                        "Remettre un colis",
                        "href=\"/orders/new\"",
                        "Trouver un membre",
                        "href=\"/orders/board\"",
                        "Demandes à la carte",
                        "Journal du comptoir",
                        "Accueil comptoir")
                .doesNotContain("Photocopieurs");
    }

    @Test
    void registeringTwoParcelsInARowKeepsTheCarrierAndTheShelf() {
        MvcTestResult first = register(DeskFixtures.tracking(), "Chronopost", "G2", null);
        assertThat(first)
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashSuccess", "desk.flash.parcelRegistered");
        String next = first.getResponse().getRedirectedUrl();
        assertThat(next).contains("recipientId=" + ACCOUNT_HABITANT, "carrier=Chronopost", "shelf=G2");

        assertThat(mvc.get().uri(next).cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Nouveau colis pour Lucien Garreau", "value=\"G2\"", "En attente pour Lucien Garreau")
                .containsPattern("<option value=\"Chronopost\" selected=\"selected\">");
    }

    @Test
    void aDuplicateTrackingNumberIsAWarningTheDeskMayOverride() {
        String tracking = DeskFixtures.tracking();
        assertThat(register(tracking, "DHL", "G", null)).hasStatus3xxRedirection();

        assertThat(register(tracking, "DHL", "G", null))
                .hasStatusOk()
                .bodyText()
                .contains("déjà été enregistré aujourd&#39;hui", "name=\"confirmDuplicate\"");
        assertThat(fixtures.parcelsWithTracking(tracking)).isEqualTo(1);

        assertThat(register(tracking, "DHL", "G", "true")).hasStatus3xxRedirection();
        assertThat(fixtures.parcelsWithTracking(tracking)).isEqualTo(2);
    }

    @Test
    void badInputGivesFormErrorsNeverA500() {
        String tracking = DeskFixtures.tracking();
        assertThat(register(tracking, "", "G", null)).hasStatusOk().bodyText().contains("Choisissez le transporteur.");
        assertThat(register(tracking, "DHL", "x".repeat(10_000), null))
                .hasStatusOk()
                .bodyText()
                .contains("Ce texte est trop long.");
        assertThat(register("<b>" + tracking + "</b>", "DHL", "G", null))
                .hasStatusOk()
                .bodyText()
                .contains("Le numéro de suivi ne peut contenir")
                .doesNotContain("<b>" + tracking);
        assertThat(mvc.post()
                        .uri("/desk/parcels")
                        .cookie(concierge)
                        .with(csrf())
                        .param("recipientId", ACCOUNT_HABITANT.toString())
                        .param("carrier", "DHL")
                        .param("size", "ENORME")
                        .param("shelf", "G"))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez la taille.");
        assertThat(fixtures.parcelsWithTracking(tracking)).isZero();
    }

    @Test
    void anUnknownRecipientSendsTheDeskBackToTheSearch() {
        assertThat(mvc.post()
                        .uri("/desk/parcels")
                        .cookie(concierge)
                        .with(csrf())
                        .param("recipientId", UUID.randomUUID().toString())
                        .param("carrier", "DHL")
                        .param("size", "SMALL")
                        .param("shelf", "G"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/desk/parcels/new")
                .flash()
                .containsEntry("flashError", "desk.parcel.recipient.unknown");
        assertThat(mvc.get()
                        .uri("/desk/parcels/new?recipientId={id}", UUID.randomUUID())
                        .cookie(concierge))
                .hasStatus(404);
    }

    @Test
    void theRecipientSearchIsOneFragmentForHtmxAndAFullPageWithout() {
        assertThat(mvc.get().uri("/desk/parcels/new?q=garr").cookie(concierge).header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"recipient-results\"", "Lucien Garreau", "habitant@relais.test")
                .doesNotContain("<html");
        assertThat(mvc.get().uri("/desk/parcels/new?q=garr").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "Étape 1 sur 2", "Lucien Garreau");
        assertThat(mvc.get()
                        .uri("/desk/parcels/new?q=zzzz-personne")
                        .cookie(concierge)
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun membre trouvé pour « zzzz-personne »");
    }

    @Test
    void handingOverByCodeAndTheErrorsOnTheWay() throws Exception {
        String tracking = DeskFixtures.tracking();
        ParcelView parcel = parcels.register(
                fixtures.user("concierge@relais.test"),
                new RegisterParcel(SITE_BASTIDE, ACCOUNT_HABITANT, "UPS", tracking, ParcelSize.LARGE, "Fond", false));
        String code = fixtures.pickupCode(parcel.id());

        assertThat(mvc.get()
                        .uri("/desk/handover?q={code}", code)
                        .cookie(concierge)
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("Code reconnu : colis de Lucien Garreau, étagère Fond", "code=" + code)
                .doesNotContain("<html");
        assertThat(mvc.get()
                        .uri("/desk/parcels/{id}/handover?code={code}", parcel.id(), code)
                        .cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Remettre le colis de Lucien Garreau", "value=\"" + code + "\"");

        String wrong = code.equals("999999") ? "999998" : "999999";
        assertThat(mvc.post()
                        .uri("/desk/parcels/{id}/collect-code", parcel.id())
                        .cookie(concierge)
                        .with(csrf())
                        .param("code", wrong))
                .hasStatusOk()
                .bodyText()
                .contains("Code incorrect. Il reste 4 essais.");
        assertThat(mvc.post()
                        .uri("/desk/parcels/{id}/collect-id", parcel.id())
                        .cookie(concierge)
                        .with(csrf())
                        .param("collectorName", "Lucien Garreau"))
                .hasStatusOk()
                .bodyText()
                .contains("Cochez la case quand vous avez vérifié la pièce d&#39;identité.");

        assertThat(mvc.post()
                        .uri("/desk/parcels/{id}/collect-code", parcel.id())
                        .cookie(concierge)
                        .with(csrf())
                        .param("code", code))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(parcels.get(fixtures.user("concierge@relais.test"), parcel.id())
                        .status())
                .isEqualTo(ParcelStatus.COLLECTED);
        assertThat(mvc.get().uri("/desk/parcels/{id}/handover", parcel.id()).cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Ce colis a déjà été remis à Lucien Garreau");
    }

    @Test
    void aMemberSeesTheirCodesAndAllowsAProxyTheDeskThenAccepts() throws Exception {
        ParcelView parcel = parcels.register(
                fixtures.user("concierge@relais.test"),
                new RegisterParcel(
                        SITE_BASTIDE, ACCOUNT_HABITANT, "GLS", DeskFixtures.tracking(), ParcelSize.SMALL, "G", false));
        String code = fixtures.pickupCode(parcel.id());
        Cookie member = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/me/parcels").cookie(member))
                .hasStatusOk()
                .bodyText()
                .contains("Mes colis", code, "GLS");

        String proxy = "Sophie <b>Garreau</b> " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(mvc.post()
                        .uri("/me/parcels/proxies")
                        .cookie(member)
                        .with(csrf())
                        .param("name", proxy)
                        .param("relation", "sœur"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/me/parcels").cookie(member))
                .hasStatusOk()
                .bodyText()
                .contains("Sophie &lt;b&gt;Garreau&lt;/b&gt;")
                .doesNotContain("<b>Garreau</b>");
        assertThat(mvc.post()
                        .uri("/me/parcels/proxies")
                        .cookie(member)
                        .with(csrf())
                        .param("name", "x".repeat(10_000)))
                .hasStatusOk()
                .bodyText()
                .contains("Ce texte est trop long.");

        assertThat(mvc.get().uri("/desk/parcels/{id}/handover", parcel.id()).cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("(personne autorisée)");
        assertThat(mvc.post()
                        .uri("/desk/parcels/{id}/collect-id", parcel.id())
                        .cookie(concierge)
                        .with(csrf())
                        .param("collectorName", proxy)
                        .param("idChecked", "true"))
                .hasStatus3xxRedirection();
        assertThat(parcels.get(fixtures.user("concierge@relais.test"), parcel.id())
                        .collectorName())
                .isEqualTo(proxy);

        ProxyView added = myParcels.myProxies(fixtures.user("habitant@relais.test")).stream()
                .filter(p -> p.name().equals(proxy))
                .findFirst()
                .orElseThrow();
        Cookie stranger = WebLogin.login(mockMvc, "salarie@relais.test");
        assertThat(mvc.post()
                        .uri("/me/parcels/proxies/{id}/revoke", added.id())
                        .cookie(stranger)
                        .with(csrf()))
                .as("another member's proxy")
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/me/parcels/proxies/{id}/revoke", added.id())
                        .cookie(member)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(myParcels.myProxies(fixtures.user("habitant@relais.test")))
                .extracting(ProxyView::name)
                .doesNotContain(proxy);
    }

    @Test
    void onlyTheSiteManagerChangesTheParcelSettings() throws Exception {
        // The concierge reads the settings as text: no field that looks editable.
        assertThat(mvc.get().uri("/desk/settings").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Seul le ou la responsable du site", "Rappel au membre", "après")
                .doesNotContain("name=\"reminderAfterDays\"", "readonly");
        assertThat(mvc.post()
                        .uri("/desk/settings")
                        .cookie(concierge)
                        .with(csrf())
                        .param("reminderAfterDays", "2")
                        .param("returnAfterDays", "7"))
                .hasStatus(403);
        Cookie manager = WebLogin.login(mockMvc, "gerante@relais.test");
        assertThat(mvc.post()
                        .uri("/desk/settings")
                        .cookie(manager)
                        .with(csrf())
                        .param("reminderAfterDays", "8")
                        .param("returnAfterDays", "4"))
                .hasStatusOk()
                .bodyText()
                .contains("le retour après le rappel");
        assertThat(mvc.post()
                        .uri("/desk/settings")
                        .cookie(manager)
                        .with(csrf())
                        .param("reminderAfterDays", "trois")
                        .param("returnAfterDays", "10"))
                .hasStatusOk()
                .bodyText()
                .contains("Indiquez un nombre de jours.");
        assertThat(mvc.post()
                        .uri("/desk/settings")
                        .cookie(manager)
                        .with(csrf())
                        .param("reminderAfterDays", "3")
                        .param("returnAfterDays", "10"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashSuccess", "desk.flash.settingsSaved");
    }
}
