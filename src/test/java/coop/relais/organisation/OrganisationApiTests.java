package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.demo.DemoIds;
import coop.relais.support.ApiAuth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiTests {

    @Autowired
    MockMvcTester tester;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clientAdminSeesTheirOrganisationOnly() {
        assertThat(tester.get().uri("/api/v1/organisations").with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .containsExactly(DemoIds.CLIENT_AQUITAINE_LOGISTIQUE.toString());
        assertThat(tester.get()
                        .uri("/api/v1/organisations/" + DemoIds.CLIENT_HABITAT_GARONNE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatus(404);
        assertThat(tester.get()
                        .uri("/api/v1/organisations/" + DemoIds.CLIENT_AQUITAINE_LOGISTIQUE)
                        .with(ApiAuth.as(users, "rh@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains("\"type\":\"client\"", "aquitaine-logistique.test", "FR06412253684");
    }

    @Test
    void providerStaffSeeTheirProviderOnly() {
        assertThat(tester.get().uri("/api/v1/organisations").with(ApiAuth.as(users, "pressing@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .containsExactly(DemoIds.PROVIDER_PRESSING.toString());
    }

    @Test
    void siteStaffSeeTheClientsAndProvidersOfTheirSite() {
        var bastide =
                tester.get().uri("/api/v1/organisations?size=100").with(ApiAuth.as(users, "concierge@relais.test"));
        assertThat(bastide)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .contains(
                        DemoIds.CLIENT_SYNDIC_BASTIDE.toString(),
                        DemoIds.CLIENT_HABITAT_GARONNE.toString(),
                        DemoIds.PROVIDER_PRESSING.toString(),
                        DemoIds.PROVIDER_EPICERIE.toString())
                .doesNotContain(
                        DemoIds.CLIENT_AQUITAINE_LOGISTIQUE.toString(), DemoIds.CLIENT_ECOTONE_NUMERIQUE.toString());
        assertThat(tester.get()
                        .uri("/api/v1/organisations?type=provider")
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing Solidaire")
                .doesNotContain("Épicerie Coopérative", "\"type\":\"client\"");
        assertThat(tester.get()
                        .uri("/api/v1/organisations/" + DemoIds.PROVIDER_EPICERIE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404);
        assertThat(tester.get()
                        .uri("/api/v1/organisations?type=client")
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
    }

    @Test
    void adminSeesAllAndFiltersByType() {
        assertThat(tester.get()
                        .uri("/api/v1/organisations?type=client&size=100")
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains("Aquitaine Logistique SA", "Habitat Garonne")
                .doesNotContain("\"type\":\"provider\"");
        assertThat(tester.get().uri("/api/v1/organisations?type=shop").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatus(400)
                .bodyText()
                .contains("client ou provider");
    }

    @Test
    void adminCreatesAClientAndAProvider() {
        String domain = "api-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";
        var client = tester.post()
                .uri("/api/v1/organisations")
                .with(ApiAuth.as(users, "admin@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type":"client","kind":"LOCAL_AUTHORITY","name":"Mairie de quartier %s","siret":"73282932000074",
                         "vatNumber":"FR44732829320","street":"Place Pey-Berland","postalCode":"33000","city":"Bordeaux",
                         "emailDomains":["%s"]}""".formatted(domain, domain))
                .exchange();
        assertThat(client).hasStatus(201).bodyText().contains("\"type\":\"client\"", domain, "LOCAL_AUTHORITY");
        String location = client.getResponse().getHeader("Location");

        assertThat(tester.put()
                        .uri(location)
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"client","kind":"LOCAL_AUTHORITY","name":"Mairie renommée","siret":"73282932000074",
                                 "street":"Place Pey-Berland","postalCode":"33000","city":"Bordeaux","active":false}"""))
                .hasStatusOk()
                .bodyText()
                .contains("Mairie renommée", "\"active\":false", domain);
        assertThat(tester.put()
                        .uri(location)
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"provider","kind":"SSE","name":"Changement de type","siret":"73282932000074"}"""))
                .hasStatus(409);

        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"provider","kind":"LOCAL_BUSINESS","name":"Vélo Relais","siret":"73282932000074",
                                 "esus":true,"siteIds":["%s"]}""".formatted(DemoIds.SITE_AQUITAINE)))
                .hasStatus(201)
                .bodyText()
                .contains("\"type\":\"provider\"", "\"esus\":true", DemoIds.SITE_AQUITAINE.toString());
    }

    @Test
    void aDomainApprovedByAnotherOrganisationIsAConflict() {
        String name = "Doublon " + UUID.randomUUID();
        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"client","kind":"EMPLOYER","name":"%s","siret":"73282932000074",
                                 "street":"1 rue","postalCode":"33000","city":"Bordeaux",
                                 "emailDomains":["Aquitaine-Logistique.test"]}""".formatted(name)))
                .hasStatus(409)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText()
                .contains("aquitaine-logistique.test", "Aquitaine Logistique SA");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_organisation WHERE legal_name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void invalidOrganisationsAreRefusedWithFieldErrors() {
        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"client","kind":"EMPLOYER","name":"<b>Invalide</b>","siret":"73282932000075",
                                 "vatNumber":"FR00732829320","street":"1 rue","postalCode":"33000","city":"Bordeaux",
                                 "emailDomains":["pas un domaine"]}"""))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKeys("siret", "vatNumber", "emailDomains[0]");
        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"client","kind":"EMPLOYER","name":"Mauvaise TVA","siret":"73282932000074",
                                 "vatNumber":"FR83852147966","street":"1 rue","postalCode":"33000","city":"Bordeaux"}"""))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors.vatNumber")
                .asString()
                .contains("ne correspond pas au SIREN du SIRET");
        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"provider","kind":"SSE","name":"Sites inconnus","siret":"73282932000074",
                                 "siteIds":["%s"]}""".formatted(UUID.randomUUID())))
                .hasStatus(400)
                .bodyText()
                .contains("Un des sites choisis");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM client_organisation WHERE legal_name IN ('<b>Invalide</b>', 'Mauvaise TVA')")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_organisation WHERE name = 'Sites inconnus'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedOrUntypedBodiesAndUnknownIdsGiveProblems() {
        for (String body :
                new String[] {"{ nope", "{\"name\":\"Sans type\"}", "{\"type\":\"shop\",\"name\":\"x\"}", "[]"}) {
            assertThat(tester.post()
                            .uri("/api/v1/organisations")
                            .with(ApiAuth.as(users, "admin@relais.test"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .as(body)
                    .hasStatus(400)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(tester.get()
                        .uri("/api/v1/organisations/" + UUID.randomUUID())
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatus(404);
        assertThat(tester.put()
                        .uri("/api/v1/organisations/" + UUID.randomUUID())
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"provider","kind":"SSE","name":"Inconnu","siret":"73282932000074"}"""))
                .hasStatus(404);
    }
}
