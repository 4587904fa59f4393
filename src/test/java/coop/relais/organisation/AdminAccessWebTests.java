package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.demo.DemoIds;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Members, concierges and site managers reach none of the head office's pages or API writes. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminAccessWebTests {

    static final List<String> PAGES = List.of(
            "/admin/sites",
            "/admin/sites/new",
            "/admin/sites/" + DemoIds.SITE_BASTIDE,
            "/admin/organisations",
            "/admin/organisations/new",
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE,
            "/admin/providers",
            "/admin/providers/new",
            "/admin/providers/" + DemoIds.PROVIDER_PRESSING,
            "/admin/operator",
            "/admin/operator/billing-entities/new",
            "/admin/operator/billing-entities/" + DemoIds.BILLING_ENTITY);

    static final List<String> POSTS = List.of(
            "/admin/sites",
            "/admin/sites/" + DemoIds.SITE_BASTIDE,
            "/admin/sites/" + DemoIds.SITE_BASTIDE + "/deactivate",
            "/admin/sites/" + DemoIds.SITE_BASTIDE + "/reactivate",
            "/admin/organisations",
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE,
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE + "/domains",
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE + "/domains/remove",
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE + "/contracts",
            "/admin/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE + "/deactivate",
            "/admin/providers",
            "/admin/providers/" + DemoIds.PROVIDER_PRESSING,
            "/admin/providers/" + DemoIds.PROVIDER_PRESSING + "/deactivate",
            "/admin/operator",
            "/admin/operator/billing-entities",
            "/admin/operator/billing-entities/" + DemoIds.BILLING_ENTITY);

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"habitant@relais.test", "concierge@relais.test", "gerante@relais.test"})
    void everyAdminPageIsForbidden(String email) {
        Cookie session = WebLogin.login(mvc, email);
        for (String page : PAGES) {
            assertThat(tester.get().uri(page).cookie(session)).as(page).hasStatus(403);
        }
        for (String page : POSTS) {
            assertThat(tester.post()
                            .uri(page)
                            .with(csrf())
                            .cookie(session)
                            .param("name", "Piratage")
                            .param("legalName", "Piratage")
                            .param("domain", "pirate.fr"))
                    .as(page)
                    .hasStatus(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site WHERE name = 'Piratage'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT active FROM site WHERE id = ?")
                        .param(DemoIds.SITE_BASTIDE)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"habitant@relais.test", "concierge@relais.test", "gerante@relais.test"})
    void everyAdminApiWriteIsForbidden(String email) {
        String site = """
                {"name":"Piratage","kind":"COMPANY","street":"1 rue","postalCode":"33000","city":"Bordeaux"}""";
        String client = """
                {"type":"client","kind":"EMPLOYER","name":"Piratage","siret":"73282932000074",
                 "street":"1 rue","postalCode":"33000","city":"Bordeaux"}""";
        assertThat(tester.post()
                        .uri("/api/v1/sites")
                        .with(ApiAuth.as(users, email))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site))
                .hasStatus(403)
                .bodyText()
                .contains("Vous n");
        assertThat(tester.put()
                        .uri("/api/v1/sites/" + DemoIds.SITE_BASTIDE)
                        .with(ApiAuth.as(users, email))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site))
                .hasStatus(403);
        assertThat(tester.post()
                        .uri("/api/v1/organisations")
                        .with(ApiAuth.as(users, email))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(client))
                .hasStatus(403);
        assertThat(tester.put()
                        .uri("/api/v1/organisations/" + DemoIds.CLIENT_SYNDIC_BASTIDE)
                        .with(ApiAuth.as(users, email))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(client))
                .hasStatus(403);
        assertThat(tester.put()
                        .uri("/api/v1/organisations/" + UUID.randomUUID())
                        .with(ApiAuth.as(users, email))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{ not json"))
                .hasStatus4xxClientError();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site WHERE name = 'Piratage'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_organisation WHERE legal_name = 'Piratage'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"habitant@relais.test", "concierge@relais.test"})
    void adminNavigationIsHidden(String email) {
        Cookie session = WebLogin.login(mvc, email);
        assertThat(tester.get().uri("/").cookie(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("href=\"/admin/sites\"", "href=\"/admin/providers\"", "href=\"/manage/site\"");
    }

    @org.junit.jupiter.api.Test
    void adminAndSiteManagerSeeTheirEntries() {
        assertThat(tester.get().uri("/").cookie(WebLogin.login(mvc, "admin@relais.test")))
                .bodyText()
                .contains("href=\"/admin/sites\"", "href=\"/admin/organisations\"", "href=\"/admin/providers\"");
        assertThat(tester.get().uri("/").cookie(WebLogin.login(mvc, "gerante@relais.test")))
                .bodyText()
                .contains("href=\"/manage/site\"", "Mon site")
                .doesNotContain("href=\"/admin/sites\"");
    }
}
