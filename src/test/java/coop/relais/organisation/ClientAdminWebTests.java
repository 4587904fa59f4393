package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.demo.DemoIds;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ClientAdminWebTests {

    /** Valid SIRETs not used by the demo data (Luhn-valid, SIREN Luhn-valid). */
    static final String SIRET = "73282932000074";

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    Cookie admin;

    @BeforeEach
    void signIn() {
        admin = WebLogin.login(mvc, "admin@relais.test");
    }

    @Test
    void listsAndSearchesTheClientOrganisations() {
        assertThat(tester.get().uri("/admin/organisations").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Organisations clientes",
                        "Aquitaine Logistique SA",
                        "Habitat Garonne",
                        "id=\"client-results\"");
        assertThat(tester.get()
                        .uri("/admin/organisations?q=habitat")
                        .header("HX-Request", "true")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Habitat Garonne", "Bailleur social")
                .doesNotContain("Aquitaine Logistique SA", "<html");
        assertThat(tester.get().uri("/admin/organisations?q=41225368400010").cookie(admin))
                .bodyText()
                .contains("Aquitaine Logistique SA")
                .doesNotContain("Habitat Garonne");
    }

    @Test
    void createsAnOrganisationWithACheckedSiretAndVatNumber() {
        String name = "Mutuelle des Quais " + UUID.randomUUID();
        var created = clientForm(tester.post().uri("/admin/organisations"), name, "732 829 320 00074", "FR44732829320")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(tester.get().uri(location).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(name, "73282932000074", "FR44732829320", "Domaines de messagerie approuvés", "Contrats");
    }

    @Test
    void refusesAnInvalidSiretWithAClearMessageAndWritesNothing() {
        String name = "SIRET faux " + UUID.randomUUID();
        assertThat(clientForm(tester.post().uri("/admin/organisations"), name, "73282932000075", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Ce SIRET n&#39;est pas valide", "clé de contrôle ne correspond pas");
        assertThat(clientForm(tester.post().uri("/admin/organisations"), name, "7328293200007", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Le SIRET comporte 14 chiffres");
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesAVatNumberOfAnotherCompanyOrWithAWrongKey() {
        String name = "TVA fausse " + UUID.randomUUID();
        assertThat(clientForm(tester.post().uri("/admin/organisations"), name, SIRET, "FR83852147966"))
                .hasStatusOk()
                .bodyText()
                .contains("ne correspond pas au SIREN du SIRET");
        assertThat(clientForm(tester.post().uri("/admin/organisations"), name, SIRET, "FR45732829320"))
                .hasStatusOk()
                .bodyText()
                .contains("la clé ne correspond pas au SIREN");
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesHugeNamesAndKeepsHtmlEscaped() {
        assertThat(clientForm(tester.post().uri("/admin/organisations"), "y".repeat(10_000), SIRET, ""))
                .hasStatusOk()
                .bodyText()
                .contains("200 caractères au maximum");
        String html = "<img src=x onerror=alert(1)> " + UUID.randomUUID();
        var created = clientForm(tester.post().uri("/admin/organisations"), html, SIRET, "")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(count(html)).isEqualTo(1);
        assertThat(tester.get().uri(created.getResponse().getRedirectedUrl()).cookie(admin))
                .bodyText()
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x");
    }

    @Test
    void approvesAndWithdrawsDomainsOneOrganisationPerDomain() {
        String location = create("Domaines " + UUID.randomUUID());
        String domain = "quais-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";
        assertThat(tester.post()
                        .uri(location + "/domains")
                        .with(csrf())
                        .cookie(admin)
                        .param("domain", "@" + domain.toUpperCase()))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri(location).cookie(admin)).bodyText().contains(domain);

        // taken by Aquitaine Logistique in the demo data
        assertThat(tester.post()
                        .uri(location + "/domains")
                        .with(csrf())
                        .cookie(admin)
                        .param("domain", "aquitaine-logistique.test"))
                .hasStatusOk()
                .bodyText()
                .contains("est déjà approuvé par Aquitaine Logistique SA");
        assertThat(tester.post()
                        .uri(location + "/domains")
                        .with(csrf())
                        .cookie(admin)
                        .param("domain", "pas un domaine"))
                .hasStatusOk()
                .bodyText()
                .contains("Ce domaine de messagerie n&#39;est pas valide");
        assertThat(jdbc.sql(
                                "SELECT organisation_id FROM client_email_domain WHERE domain = 'aquitaine-logistique.test'")
                        .query(UUID.class)
                        .single())
                .isEqualTo(DemoIds.CLIENT_AQUITAINE_LOGISTIQUE);

        assertThat(tester.post()
                        .uri(location + "/domains/remove")
                        .with(csrf())
                        .cookie(admin)
                        .param("domain", domain))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_email_domain WHERE domain = ?")
                        .param(domain)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void addsContractsWithSitesAndRefusesAnEndBeforeTheStart() {
        String location = create("Contrats " + UUID.randomUUID());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(tester.post()
                        .uri(location + "/contracts")
                        .with(csrf())
                        .cookie(admin)
                        .param("siteId", DemoIds.SITE_ECOTONE.toString())
                        .param("plan", "Formule essentielle")
                        .param("startsOn", "2026-05-01")
                        .param("endsOn", "2026-04-30"))
                .hasStatusOk()
                .bodyText()
                .contains("La date de fin ne peut pas précéder la date de début");
        assertThat(tester.post()
                        .uri(location + "/contracts")
                        .with(csrf())
                        .cookie(admin)
                        .param("siteId", "not-a-site")
                        .param("plan", "Formule essentielle")
                        .param("startsOn", "2026-05-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez un site existant");
        assertThat(tester.post()
                        .uri(location + "/contracts")
                        .with(csrf())
                        .cookie(admin)
                        .param("siteId", DemoIds.SITE_ECOTONE.toString())
                        .param("plan", "Formule essentielle")
                        .param("startsOn", "pas une date"))
                .hasStatusOk()
                .bodyText()
                .contains("Cette date n&#39;est pas valide");
        assertThat(contracts(id)).isZero();

        assertThat(tester.post()
                        .uri(location + "/contracts")
                        .with(csrf())
                        .cookie(admin)
                        .param("siteId", DemoIds.SITE_ECOTONE.toString())
                        .param("plan", "Formule essentielle")
                        .param("startsOn", "2026-05-01"))
                .hasStatus3xxRedirection();
        assertThat(contracts(id)).isEqualTo(1);
        assertThat(tester.get().uri(location).cookie(admin))
                .bodyText()
                .contains("Conciergerie Campus Écotone", "Formule essentielle", "1er mai");
        UUID contract = jdbc.sql("SELECT id FROM contract WHERE organisation_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        assertThat(tester.post()
                        .uri(location + "/contracts/" + contract + "/end")
                        .with(csrf())
                        .cookie(admin)
                        .param("endsOn", "2026-12-31"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT ends_on FROM contract WHERE id = ?")
                        .param(contract)
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo("2026-12-31");
        assertThat(tester.post()
                        .uri(location + "/contracts/" + contract + "/end")
                        .with(csrf())
                        .cookie(admin)
                        .param("endsOn", "2020-01-01"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashError", "organisation.contract.endBeforeStart");
    }

    @Test
    void deactivatesAndReactivatesAnOrganisation() {
        String location = create("Désactivation " + UUID.randomUUID());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(tester.post().uri(location + "/deactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
        assertThat(active(id)).isFalse();
        assertThat(tester.get().uri(location).cookie(admin)).bodyText().contains("Réactiver l&#39;organisation");
        assertThat(tester.post().uri(location + "/deactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashError", "organisation.client.alreadyInactive");
        assertThat(tester.post().uri(location + "/reactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
        assertThat(active(id)).isTrue();
    }

    @Test
    void editsTheOrganisation() {
        String location = create("Édition " + UUID.randomUUID());
        String renamed = "Renommée " + UUID.randomUUID();
        assertThat(clientForm(tester.post().uri(location), renamed, SIRET, "FR44732829320"))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri(location).cookie(admin)).bodyText().contains(renamed, "FR44732829320");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(tester.get().uri("/admin/organisations/" + UUID.randomUUID()).cookie(admin))
                .hasStatus(404);
        assertThat(tester.post()
                        .uri("/admin/organisations/" + UUID.randomUUID() + "/domains")
                        .with(csrf())
                        .cookie(admin)
                        .param("domain", "exemple.fr"))
                .hasStatus(404);
    }

    private String create(String name) {
        var created = clientForm(tester.post().uri("/admin/organisations"), name, SIRET, "")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        return created.getResponse().getRedirectedUrl();
    }

    private MockMvcRequestBuilder clientForm(MockMvcRequestBuilder request, String name, String siret, String vat) {
        return request.with(csrf())
                .cookie(admin)
                .param("kind", "EMPLOYER")
                .param("legalName", name)
                .param("siret", siret)
                .param("vatNumber", vat)
                .param("street", "5 quai des Chartrons")
                .param("postalCode", "33000")
                .param("city", "Bordeaux");
    }

    private long count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM client_organisation WHERE legal_name = ?")
                .param(name.length() > 200 ? name.substring(0, 200) : name)
                .query(Long.class)
                .single();
    }

    private long contracts(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM contract WHERE organisation_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private boolean active(UUID id) {
        return jdbc.sql("SELECT active FROM client_organisation WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
