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
class SiteApiTests {

    @Autowired
    MockMvcTester tester;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherSitesConciergeGetsNotFoundForBastide() {
        assertThat(tester.get()
                        .uri("/api/v1/sites/" + DemoIds.SITE_BASTIDE)
                        .with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText()
                .doesNotContain("Bastide");
        assertThat(tester.get().uri("/api/v1/sites").with(ApiAuth.as(users, "concierge2@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie Aquitaine Logistique")
                .doesNotContain("Bastide", "Écotone");
    }

    @Test
    void siteManagerSeesBastideAndEcotoneOnly() {
        assertThat(tester.get().uri("/api/v1/sites").with(ApiAuth.as(users, "gerante@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .containsExactlyInAnyOrder(DemoIds.SITE_BASTIDE.toString(), DemoIds.SITE_ECOTONE.toString());
        assertThat(tester.get()
                        .uri("/api/v1/sites/" + DemoIds.SITE_AQUITAINE)
                        .with(ApiAuth.as(users, "gerante@relais.test")))
                .hasStatus(404);
    }

    @Test
    void oneSiteComesWithItsOpeningHours() {
        assertThat(tester.get()
                        .uri("/api/v1/sites/" + DemoIds.SITE_BASTIDE)
                        .with(ApiAuth.as(users, "habitant@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "\"name\":\"Conciergerie du Quartier Bastide\"",
                        "\"timeZone\":\"Europe/Paris\"",
                        "{\"day\":\"SATURDAY\",\"opensAt\":\"09:00\",\"closesAt\":\"12:30\"}");
    }

    @Test
    void adminSeesEverySiteInBoundedPages() {
        assertThat(tester.get().uri("/api/v1/sites").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains("Bastide", "Écotone", "Aquitaine");
        assertThat(tester.get().uri("/api/v1/sites?size=1&page=0").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items.length()")
                .isEqualTo(1);
        assertThat(tester.get().uri("/api/v1/sites?size=100000").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.size")
                .isEqualTo(100);
        assertThat(tester.get().uri("/api/v1/sites?page=abc").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatus(400);
    }

    @Test
    void adminCreatesAndReplacesASite() {
        String name = "Conciergerie API " + UUID.randomUUID();
        var created = tester.post()
                .uri("/api/v1/sites")
                .with(ApiAuth.as(users, "admin@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"%s","kind":"COMPANY","street":"1 avenue Thiers","postalCode":"33100","city":"Bordeaux",
                         "phone":"05 56 00 00 99","timeZone":"Europe/Paris",
                         "openingHours":[{"day":"MONDAY","opensAt":"08:00","closesAt":"12:00"},
                                         {"day":"MONDAY","opensAt":"13:00","closesAt":"17:00"}]}""".formatted(name))
                .exchange();
        assertThat(created).hasStatus(201).bodyText().contains(name, "\"opensAt\":\"13:00\"");
        String location = created.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/sites/");

        assertThat(tester.put()
                        .uri(location)
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s (fermée)","kind":"COMPANY","street":"1 avenue Thiers","postalCode":"33100",
                                 "city":"Bordeaux","active":false,"openingHours":[]}""".formatted(name)))
                .hasStatusOk()
                .bodyText()
                .contains("(fermée)", "\"active\":false", "\"openingHours\":[]");
    }

    @Test
    void invalidSitesAreRefusedWithFieldErrorsAndNothingIsWritten() {
        String name = "x".repeat(10_000);
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","kind":"COMPANY","street":"1 rue","postalCode":"3310","city":"Bordeaux",
                                 "timeZone":"Mars/Olympus"}""".formatted(name)))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsEntry("name", "200 caractères au maximum.")
                .containsKeys("postalCode", "timeZone");
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Chevauchement","kind":"COMPANY","street":"1 rue","postalCode":"33100",
                                 "city":"Bordeaux","openingHours":[{"day":"MONDAY","opensAt":"08:00","closesAt":"12:00"},
                                 {"day":"MONDAY","opensAt":"11:00","closesAt":"17:00"}]}"""))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors.openingHours")
                .asString()
                .contains("se chevauchent");
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Horaires","kind":"COMPANY","street":"1 rue","postalCode":"33100",
                                 "city":"Bordeaux","openingHours":[{"day":"MONDAY","opensAt":"18:00","closesAt":"08:00"}]}"""))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors['openingHours[0]']")
                .asString()
                .contains("doit précéder");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM site WHERE name IN ('Chevauchement', 'Horaires') OR LENGTH(name) > 200")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiIsDocumented() {
        assertThat(tester.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "/api/v1/sites/{id}",
                        "/api/v1/organisations",
                        "ClientOrganisationRequest",
                        "ProviderOrganisationRequest",
                        "OpeningSlot");
    }

    @Test
    void malformedJsonAndUnknownIdsGiveProblems() {
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"oops\", "))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Type\",\"kind\":\"CASTLE\"}"))
                .hasStatus(400);
        assertThat(tester.put()
                        .uri("/api/v1/sites/" + UUID.randomUUID())
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Inconnu","kind":"COMPANY","street":"1 rue","postalCode":"33100","city":"Bordeaux"}"""))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tester.get().uri("/api/v1/sites/not-a-uuid").with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatus(400);
        assertThat(tester.get().uri("/api/v1/sites")).hasStatus(401);
    }
}
