package coop.relais.catalogue;

import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.OFFER_AQUITAINE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.PROVIDER_EPICERIE;
import static coop.relais.shared.demo.DemoIds.PROVIDER_PRESSING;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.Money;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The site manager's catalogue editor: it works for the site's manager, and for nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CatalogueEditorWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ApplicationEvents events;

    Cookie manager;
    String unique;

    @BeforeEach
    void signIn() {
        manager = WebLogin.login(mvc, "gerante@relais.test");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void siteManagerOpensTheEditorOfTheirSite() {
        assertThat(tester.post()
                        .uri("/site/select")
                        .param("siteId", SITE_BASTIDE.toString())
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri("/manage/catalogue").cookie(manager))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/manage/catalogue/" + SITE_BASTIDE);
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_BASTIDE).cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Catalogue du site",
                        "Conciergerie du Quartier Bastide",
                        "Catégories",
                        "Entretien du linge",
                        "Pressing — chemise",
                        "Activation de badge d&#39;entrée",
                        "3,90 € la pièce",
                        "Pressing Solidaire",
                        "100 % propriétaire");
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/offers/{id}", SITE_BASTIDE, OFFER_BASTIDE_CHEMISE)
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Modifier l&#39;offre", "value=\"3.90\"", "Pressing Solidaire");
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/services/new", SITE_BASTIDE)
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Nouveau service", "Nom du service");
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/offers/new", SITE_BASTIDE)
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Nouvelle offre", "Qui paie", "Habitat Garonne")
                .doesNotContain(">Aquitaine Logistique SA<");
    }

    @Test
    void anotherSitesEditorIsNotFound() {
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_AQUITAINE).cookie(manager))
                .hasStatus(404);
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/offers/{id}", SITE_BASTIDE, OFFER_AQUITAINE_CHEMISE)
                        .cookie(manager))
                .hasStatus(404);
        String name = "Hors site " + unique;
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", SITE_AQUITAINE)
                        .param("name", name)
                        .with(csrf())
                        .cookie(manager))
                .hasStatus(404);
        assertThat(categoryCount(name)).isZero();
    }

    @Test
    void conciergesAndMembersCannotEdit() {
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        assertThat(tester.get().uri("/manage/catalogue").cookie(concierge)).hasStatus(403);
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_BASTIDE).cookie(concierge))
                .hasStatus(403);
        String name = "Par le concierge " + unique;
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", SITE_BASTIDE)
                        .param("name", name)
                        .with(csrf())
                        .cookie(concierge))
                .hasStatus(403);
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/offers/{id}", SITE_BASTIDE, OFFER_BASTIDE_CHEMISE)
                        .params(offerParams(PROVIDER_PRESSING, "0.10"))
                        .with(csrf())
                        .cookie(concierge))
                .hasStatus(403);
        assertThat(categoryCount(name)).isZero();
        assertThat(catalogue.findOffer(OFFER_BASTIDE_CHEMISE).orElseThrow().price())
                .isEqualTo(Money.euros("3.90"));

        Cookie otherConcierge = WebLogin.login(mvc, "concierge2@relais.test");
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_BASTIDE).cookie(otherConcierge))
                .hasStatus(404);
        Cookie member = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/manage/catalogue").cookie(member)).hasStatus(404);
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_BASTIDE).cookie(member))
                .hasStatus(404);
    }

    @Test
    void categoriesAreCreatedRenamedReorderedAndDeactivated() {
        String first = "Bien-être " + unique;
        String second = "Jardinage " + unique;
        UUID firstId = createCategory(first);
        UUID secondId = createCategory(second);
        assertThat(position(secondId)).isGreaterThan(position(firstId));

        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories/{id}/move", SITE_BASTIDE, secondId)
                        .param("direction", "up")
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(position(secondId)).isLessThan(position(firstId));

        String renamed = "Soins " + unique;
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories/{id}/rename", SITE_BASTIDE, firstId)
                        .param("name", renamed)
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(categoryCount(renamed)).isOne();

        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories/{id}/active", SITE_BASTIDE, firstId)
                        .param("active", "false")
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT active FROM catalogue_category WHERE id = ?")
                        .param(firstId)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", SITE_BASTIDE)
                        .param("name", renamed.toUpperCase())
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("existe déjà sur ce site");
    }

    @Test
    void badCategoryNamesAreRefusedAndNothingIsWritten() {
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", SITE_BASTIDE)
                        .param("name", "x".repeat(10_000))
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Le nom ne doit pas dépasser 120 caractères.", "is-invalid");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_category WHERE LENGTH(name) > 120")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", SITE_BASTIDE)
                        .param("name", "   ")
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Indiquez un nom.");
    }

    @Test
    void forgedServiceAndOfferFormsAreShownAgainWithTheirErrors() {
        String name = "Forgé " + UUID.randomUUID();
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services", SITE_BASTIDE)
                        .param("name", name)
                        .param("categoryId", "pas-un-identifiant")
                        .param("active", "peut-être")
                        .param("forOrganisations", "<script>")
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .doesNotContain("<script>");
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/offers", SITE_BASTIDE)
                        .param("serviceId", "NaN")
                        .param("price", "2026-13-45")
                        .param("active", "abc")
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_service WHERE name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewServiceAndOfferReachMembersAndAPriceChangeShowsAtOnce() {
        UUID category = createCategory("Vélo " + unique);
        String serviceName = "Réparation de vélo " + unique;
        UUID service = createService(serviceName, category);

        MvcTestResult created = tester.post()
                .uri("/manage/catalogue/{site}/offers", SITE_BASTIDE)
                .params(toMultiValue(offerParams(service, PROVIDER_PRESSING, "PER_UNIT", "HOUR", "25", "20", "3")))
                .with(csrf())
                .cookie(manager)
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        UUID offer = offerOf(service);
        assertThat(events.stream(OfferChanged.class).filter(e -> e.offerId().equals(offer)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(e.price()).isEqualTo(Money.euros("25.00"));
                    assertThat(e.active()).isTrue();
                });

        Cookie member = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/catalogue?q=" + unique).cookie(member))
                .hasStatusOk()
                .bodyText()
                .contains(serviceName, "25,00 € de l&#39;heure", "Prêt en 3 jours ouvrés");

        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/offers/{id}", SITE_BASTIDE, offer)
                        .params(toMultiValue(
                                offerParams(service, PROVIDER_PRESSING, "PER_UNIT", "HOUR", "27,50", "20", "3")))
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(events.stream(OfferChanged.class).filter(e -> e.offerId().equals(offer)))
                .hasSize(2)
                .last()
                .satisfies(e -> assertThat(e.price()).isEqualTo(Money.euros("27.50")));
        assertThat(tester.get().uri("/catalogue?q=" + unique).cookie(member))
                .bodyText()
                .contains("27,50 € de l&#39;heure")
                .doesNotContain("25,00 € de l&#39;heure");

        // Deactivating the service hides it from members.
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services/{id}", SITE_BASTIDE, service)
                        .param("name", serviceName)
                        .param("categoryId", category.toString())
                        .param("active", "false")
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri("/catalogue?q=" + unique).cookie(member))
                .bodyText()
                .doesNotContain(serviceName);
        assertThat(tester.get().uri("/catalogue/offers/{id}", offer).cookie(member))
                .hasStatus(404);
    }

    @Test
    void aServiceIsDeclaredAsAPersonalServiceButNeverOneForOrganisations() {
        UUID category = createCategory("Maison " + unique);
        String name = "Petit bricolage " + unique;
        UUID service = createService(name, category);
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/services/{id}", SITE_BASTIDE, service)
                        .cookie(manager))
                .bodyText()
                .contains("Service à la personne (crédit d&#39;impôt)", "Travaux de petit bricolage");

        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services/{id}", SITE_BASTIDE, service)
                        .param("name", name)
                        .param("categoryId", category.toString())
                        .param("personalService", "ODD_JOBS")
                        .param("active", "true")
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        assertThat(personalServiceOf(service)).isEqualTo("ODD_JOBS");

        for (Map.Entry<String, String> bad : Map.of("personalService", "TAX_FREE", "forOrganisations", "true")
                .entrySet()) {
            assertThat(tester.post()
                            .uri("/manage/catalogue/{site}/services/{id}", SITE_BASTIDE, service)
                            .param("name", name)
                            .param("categoryId", category.toString())
                            .param("personalService", "ODD_JOBS")
                            .param(bad.getKey(), bad.getValue())
                            .param("active", "true")
                            .with(csrf())
                            .cookie(manager))
                    .as(bad.getKey())
                    .hasStatusOk()
                    .bodyText()
                    .contains("is-invalid");
        }
        assertThat(personalServiceOf(service)).isEqualTo("ODD_JOBS");
        assertThat(jdbc.sql("SELECT for_organisations FROM catalogue_service WHERE id = ?")
                        .param(service)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private String personalServiceOf(UUID service) {
        return jdbc.sql("SELECT personal_service FROM catalogue_service WHERE id = ?")
                .param(service)
                .query(String.class)
                .single();
    }

    @Test
    void whoPaysIsSavedAndShownToMembers() {
        UUID category = createCategory("Parties communes " + unique);
        UUID service = createService("Nettoyage de cave " + unique, category);
        Map<String, List<String>> params = offerParams(service, PROVIDER_EPICERIE, "FIXED", "", "40", "20", "5");
        params.put("payer", List.of("SPLIT"));
        params.put("employerPercent", List.of("30"));
        params.put("siteOwnerPercent", List.of("50"));
        params.put("siteOwnerOrganisationId", List.of(CLIENT_HABITAT_GARONNE.toString()));
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/offers", SITE_BASTIDE)
                        .params(toMultiValue(params))
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        OfferView offer = catalogue.findOffer(offerOf(service)).orElseThrow();
        assertThat(offer.payerRule().employerPercent()).isEqualByComparingTo("30");
        assertThat(offer.payerRule().siteOwnerPercent()).isEqualByComparingTo("50");
        assertThat(offer.payerRule().memberPercent()).isEqualByComparingTo("20");

        Cookie member = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/catalogue/offers/{id}", offer.id()).cookie(member))
                .bodyText()
                .contains(
                        "30 % pris en charge par votre employeur",
                        "50 % pris en charge par Habitat Garonne", "Vous payez 8,00 €");
    }

    @Test
    void badOfferInputShowsFormErrorsAndWritesNothing() {
        UUID category = createCategory("Essais " + unique);
        UUID service = createService("Service d'essai " + unique, category);
        record Case(String field, String value, String message) {}
        List<Case> cases = List.of(
                new Case("price", "-5", "Le montant ne peut pas être négatif."),
                new Case("price", "1000000", "Le montant ne peut pas dépasser 100 000 €."),
                new Case("price", "99999999999999999999999", "Saisissez un montant, par exemple 3,90."),
                new Case("price", "trois euros", "Saisissez un montant, par exemple 3,90."),
                new Case("price", "", "Indiquez le prix, ou choisissez « Sur devis »."),
                new Case("providerId", UUID.randomUUID().toString(), "Ce prestataire ne sert pas ce site"),
                new Case("providerId", "pas-un-id", "Choisissez une valeur de la liste."),
                new Case("serviceId", OFFER_AQUITAINE_CHEMISE.toString(), "Ce service n&#39;existe pas sur ce site."),
                new Case("vatRate", "7", "Choisissez un taux de TVA français"),
                new Case("leadTimeDays", "61", "Le délai doit être compris entre 0 et 60 jours ouvrés."),
                new Case("leadTimeDays", "-1", "Le délai doit être compris entre 0 et 60 jours ouvrés."),
                new Case("leadTimeDays", "9".repeat(10_000), "Saisissez un nombre entier"),
                new Case("priceModel", "GRATUIT", "Choisissez une valeur de la liste."),
                new Case("daysOffered", "", "Cochez au moins un jour."),
                new Case("daysOffered", "FUNDAY", "Choisissez une valeur de la liste."));
        for (Case bad : cases) {
            Map<String, List<String>> params = offerParams(service, PROVIDER_PRESSING, "FIXED", "", "10", "20", "2");
            params.put(bad.field(), bad.value().isEmpty() ? List.of() : List.of(bad.value()));
            assertThat(tester.post()
                            .uri("/manage/catalogue/{site}/offers", SITE_BASTIDE)
                            .params(toMultiValue(params))
                            .with(csrf())
                            .cookie(manager))
                    .as(bad.field() + "="
                            + bad.value().substring(0, Math.min(20, bad.value().length())))
                    .hasStatusOk()
                    .bodyText()
                    .contains(bad.message(), "is-invalid", "Certaines valeurs sont à corriger");
        }
        assertThat(offerCount(service)).isZero();
    }

    @Test
    void badPayerSharesAreRefused() {
        UUID category = createCategory("Partages " + unique);
        UUID service = createService("Service partagé " + unique, category);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put(
                "employer 150",
                new String[] {"EMPLOYER", "150", "", "", "", "La part doit être comprise entre 0 et 100 %"});
        cases.put(
                "cap negative", new String[] {"EMPLOYER", "50", "-30", "", "", "Le montant ne peut pas être négatif."});
        cases.put("split > 100", new String[] {
            "SPLIT", "60", "", "50", CLIENT_HABITAT_GARONNE.toString(), "ne peuvent pas dépasser 100 % à elles deux"
        });
        cases.put("employer as owner", new String[] {
            "SITE_OWNER", "", "", "100", CLIENT_AQUITAINE_LOGISTIQUE.toString(), "ni propriétaire ni bailleur"
        });
        cases.put("no owner", new String[] {"SITE_OWNER", "", "", "100", "", "Choisissez l&#39;organisation qui paie"});
        cases.put("owner 101", new String[] {
            "SITE_OWNER",
            "",
            "",
            "101",
            CLIENT_HABITAT_GARONNE.toString(),
            "La part doit être comprise entre 0 et 100 %"
        });
        cases.forEach((label, values) -> {
            Map<String, List<String>> params = offerParams(service, PROVIDER_PRESSING, "FIXED", "", "10", "20", "2");
            params.put("payer", List.of(values[0]));
            params.put("employerPercent", List.of(values[1]));
            params.put("employerMonthlyCap", List.of(values[2]));
            params.put("siteOwnerPercent", List.of(values[3]));
            params.put("siteOwnerOrganisationId", List.of(values[4]));
            assertThat(tester.post()
                            .uri("/manage/catalogue/{site}/offers", SITE_BASTIDE)
                            .params(toMultiValue(params))
                            .with(csrf())
                            .cookie(manager))
                    .as(label)
                    .hasStatusOk()
                    .bodyText()
                    .contains(values[5]);
        });
        assertThat(offerCount(service)).isZero();
    }

    @Test
    void aProviderNotServingTheSiteIsRefused() {
        // The cooperative grocery serves Bastide only, not the Écotone campus.
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/offers/new", SITE_ECOTONE)
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing Solidaire")
                .doesNotContain("Épicerie Coopérative de la Bastide");
        UUID category = createCategory(SITE_ECOTONE, "Épicerie " + unique);
        UUID service = createService(SITE_ECOTONE, "Panier de légumes " + unique, category);
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/offers", SITE_ECOTONE)
                        .params(toMultiValue(offerParams(service, PROVIDER_EPICERIE, "FIXED", "", "15", "5.5", "1")))
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Ce prestataire ne sert pas ce site");
        assertThat(offerCount(service)).isZero();
    }

    @Test
    void serviceNamesAreCheckedAndHtmlIsShownAsText() {
        UUID category = createCategory("Textes " + unique);
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services", SITE_BASTIDE)
                        .param("name", "y".repeat(10_000))
                        .param("description", "z".repeat(10_000))
                        .param("categoryId", category.toString())
                        .param("active", "true")
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Le nom ne doit pas dépasser 160 caractères.", "Le texte ne doit pas dépasser 1");
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services", SITE_BASTIDE)
                        .param("name", "Pas de catégorie " + unique)
                        .param("categoryId", UUID.randomUUID().toString())
                        .with(csrf())
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Cette catégorie n&#39;existe pas sur ce site.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_service WHERE name LIKE ? OR LENGTH(name) > 160")
                        .param("Pas de catégorie " + unique)
                        .query(Long.class)
                        .single())
                .isZero();

        String html = "<script>alert('x')</script><b>Atelier</b> " + unique;
        UUID service = createService(html, category);
        assertThat(tester.get().uri("/manage/catalogue/{site}", SITE_BASTIDE).cookie(manager))
                .bodyText()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Atelier&lt;/b&gt; " + unique)
                .doesNotContain("<script>alert('x')</script>");
        assertThat(tester.get()
                        .uri("/manage/catalogue/{site}/services/{id}", SITE_BASTIDE, service)
                        .cookie(manager))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert('x')</script>");
    }

    // Helpers ----------------------------------------------------------------------------------

    private UUID createCategory(String name) {
        return createCategory(SITE_BASTIDE, name);
    }

    private UUID createCategory(UUID site, String name) {
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/categories", site)
                        .param("name", name)
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        return jdbc.sql("SELECT id FROM catalogue_category WHERE site_id = ? AND name = ?")
                .params(site, name)
                .query(UUID.class)
                .single();
    }

    private UUID createService(String name, UUID category) {
        return createService(SITE_BASTIDE, name, category);
    }

    private UUID createService(UUID site, String name, UUID category) {
        assertThat(tester.post()
                        .uri("/manage/catalogue/{site}/services", site)
                        .param("name", name)
                        .param("description", "Un service créé pour l'essai.")
                        .param("categoryId", category.toString())
                        .param("active", "true")
                        .with(csrf())
                        .cookie(manager))
                .hasStatus3xxRedirection();
        return jdbc.sql("SELECT id FROM catalogue_service WHERE site_id = ? AND name = ?")
                .params(site, name)
                .query(UUID.class)
                .single();
    }

    private int position(UUID category) {
        return jdbc.sql("SELECT position FROM catalogue_category WHERE id = ?")
                .param(category)
                .query(Integer.class)
                .single();
    }

    private long categoryCount(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_category WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long offerCount(UUID service) {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_offer WHERE service_id = ?")
                .param(service)
                .query(Long.class)
                .single();
    }

    private UUID offerOf(UUID service) {
        return jdbc.sql("SELECT id FROM catalogue_offer WHERE service_id = ?")
                .param(service)
                .query(UUID.class)
                .single();
    }

    private static org.springframework.util.MultiValueMap<String, String> offerParams(UUID provider, String price) {
        return toMultiValue(offerParams(catalogueServiceOfChemise(), provider, "PER_UNIT", "ITEM", price, "20", "2"));
    }

    private static UUID catalogueServiceOfChemise() {
        return UUID.randomUUID();
    }

    private static Map<String, List<String>> offerParams(
            UUID service, UUID provider, String model, String unit, String price, String vat, String lead) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("serviceId", List.of(service.toString()));
        params.put("providerId", List.of(provider.toString()));
        params.put("priceModel", List.of(model));
        params.put("unit", List.of(unit));
        params.put("price", List.of(price));
        params.put("vatRate", List.of(vat));
        params.put("leadTimeDays", List.of(lead));
        params.put("daysOffered", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        params.put("payer", List.of("MEMBER"));
        params.put("active", List.of("true"));
        return params;
    }

    private static org.springframework.util.MultiValueMap<String, String> toMultiValue(
            Map<String, List<String>> params) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.forEach(map::put);
        return map;
    }
}
