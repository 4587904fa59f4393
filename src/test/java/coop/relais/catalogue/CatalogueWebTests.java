package coop.relais.catalogue;

import static coop.relais.shared.demo.DemoIds.OFFER_AQUITAINE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_BADGE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_RETOUCHES;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The member's catalogue: their site's offers only, in plain words, with search and detail. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    Catalogue catalogue;

    @Test
    void bastideResidentSeesTheirSiteCatalogueInPlainWords() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/catalogue").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<h1",
                        "Catalogue",
                        "Conciergerie du Quartier Bastide",
                        "Entretien du linge",
                        "Portage de repas pour seniors",
                        "Pressing — chemise",
                        "3,90 € la pièce",
                        "6,50 € le kilo",
                        "18,00 €",
                        "Sur devis",
                        "TTC, dont TVA 20 %",
                        "Prêt en 2 jours ouvrés",
                        "Service assuré du lundi au samedi",
                        "par Pressing Solidaire",
                        "Pris en charge à 100 % par Association syndicale des Quais de Bastide",
                        "id=\"catalogue-results\"")
                .doesNotContain("Activation de badge d&#39;entrée", "Lavage de voiture", "Organisation de garde");
    }

    @Test
    void aquitaineEmployeeSeesTheirOwnCatalogueAndTheEmployerShare() {
        Cookie session = WebLogin.login(mvc, "salarie@relais.test");
        assertThat(tester.get().uri("/catalogue").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Conciergerie Aquitaine Logistique",
                        "Pressing — chemise",
                        "50 % pris en charge par votre employeur, jusqu&#39;à 30,00 € par mois",
                        "Vous payez 1,95 € la pièce",
                        "Organisation de garde d&#39;enfants")
                .doesNotContain("Portage de repas pour seniors", "Repassage au kilo");
    }

    @Test
    void anotherSitesOfferIsNotFound() {
        Cookie aquitaine = WebLogin.login(mvc, "salarie@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_BASTIDE_CHEMISE)
                        .cookie(aquitaine))
                .hasStatus(404)
                .bodyText()
                .doesNotContain("Pressing Solidaire");
        Cookie bastide = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_AQUITAINE_CHEMISE)
                        .cookie(bastide))
                .hasStatus(404);
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", java.util.UUID.randomUUID())
                        .cookie(bastide))
                .hasStatus(404);
        assertThat(tester.get().uri("/catalogue/offers/not-an-id").cookie(bastide))
                .hasStatus(404);
    }

    @Test
    void offerDetailShowsPriceProviderLeadTimeAndTheOrderLink() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_BASTIDE_CHEMISE)
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Pressing — chemise",
                        "Pressing Solidaire",
                        "3,90 € la pièce",
                        "TTC, dont TVA 20 %",
                        "Prêt en 2 jours ouvrés",
                        "Du lundi au samedi",
                        "Nettoyage et repassage d&#39;une chemise",
                        "href=\"/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE + "\"",
                        "Commander");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_BASTIDE_RETOUCHES)
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Sur devis", "Devis TTC", "vous l&#39;acceptez ou le refusez");
    }

    @Test
    void offersForOrganisationsAreHiddenFromMembersButNotFromStaff() {
        Cookie member = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_BASTIDE_BADGE)
                        .cookie(member))
                .hasStatus(404);
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue/offers/{id}", OFFER_BASTIDE_BADGE)
                        .cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Activation de badge d&#39;entrée", "Service à la carte")
                .doesNotContain("/orders/new?offerId=");
        assertThat(tester.get().uri("/catalogue").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Activation de badge d&#39;entrée", "À la carte (organisations)");
    }

    @Test
    void searchFindsByServiceProviderOrCategoryIgnoringAccents() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/catalogue?q=chemise").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing — chemise", "value=\"chemise\"")
                .doesNotContain("Repassage au kilo", "Portage de repas");
        assertThat(tester.get().uri("/catalogue?q=EPICERIE cooperative").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Portage de repas pour seniors", "Courses d&#39;épicerie")
                .doesNotContain("Pressing — chemise");
        assertThat(tester.get().uri("/catalogue?q=reparations").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Cordonnerie — talons", "Retouches couture")
                .doesNotContain("Pressing — chemise");
        assertThat(tester.get().uri("/catalogue?q=parapente").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun service", "Aucun service ne correspond à votre recherche.");
    }

    @Test
    void htmxSearchReturnsOnlyTheResultsRegion() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue?q=chemise")
                        .header("HX-Request", "true")
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .startsWith("<section")
                .contains("id=\"catalogue-results\"", "Pressing — chemise", "1 service")
                .doesNotContain("<html", "<nav", "Repassage au kilo");
    }

    @Test
    void categoryFilterShowsOneCategory() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        var repairs = catalogue.findOffer(OFFER_BASTIDE_RETOUCHES).orElseThrow().categoryId();
        assertThat(tester.get().uri("/catalogue?category={id}", repairs).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Retouches couture", "Cordonnerie — talons")
                .doesNotContain("Pressing — chemise", "Portage de repas");
    }

    @Test
    void oddSearchInputIsHarmless() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get()
                        .uri("/catalogue")
                        .param("q", "x".repeat(10_000))
                        .param("category", "'; DROP TABLE catalogue_offer; --")
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun service");
        assertThat(tester.get()
                        .uri("/catalogue")
                        .param("q", "<script>alert(1)</script>")
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(tester.get()
                        .uri("/catalogue?category=" + java.util.UUID.randomUUID())
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing — chemise");
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        assertThat(tester.get().uri("/catalogue")).hasStatus3xxRedirection();
        assertThat(tester.get().uri("/catalogue/offers/{id}", OFFER_BASTIDE_CHEMISE))
                .hasStatus3xxRedirection();
    }

    @Test
    void navigationOffersTheCatalogueToMembersAndTheEditorToSiteManagers() {
        Cookie member = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/").cookie(member))
                .bodyText()
                .contains("href=\"/catalogue\"")
                .doesNotContain("href=\"/manage/catalogue\"");
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(tester.get().uri("/").cookie(manager))
                .bodyText()
                .contains("href=\"/catalogue\"", "href=\"/manage/catalogue\"", "Catalogue du site");
    }

    @Test
    void englishCatalogue() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/catalogue?lang=en").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("€3.90 per item", "On quote", "Ready in 2 working days", "Search for a service");
    }
}
