package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.demo.DemoIds;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.List;
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

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProviderAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Cookie admin;

    @BeforeEach
    void signIn() {
        admin = WebLogin.login(mvc, "admin@relais.test");
    }

    @Test
    void listsAndSearchesTheProviders() {
        assertThat(tester.get().uri("/admin/providers").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Prestataires", "Pressing Solidaire", "Cordonnerie du Pont de Pierre", "Agrément ESUS");
        assertThat(tester.get()
                        .uri("/admin/providers?q=cordonnerie")
                        .header("HX-Request", "true")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"provider-results\"", "Cordonnerie du Pont de Pierre")
                .doesNotContain("Pressing Solidaire", "<html");
    }

    @Test
    void createsAProviderServingTwoSitesThenChangesAndDeactivatesIt() {
        String name = "Repair Café " + UUID.randomUUID();
        var created = tester.post()
                .uri("/admin/providers")
                .with(csrf())
                .cookie(admin)
                .param("kind", "SSE")
                .param("name", name)
                .param("siret", "73282932000074")
                .param("insertionStructure", "true")
                .param("_insertionStructure", "on")
                .param("_esus", "on")
                .param("contactName", "Amina Rahmani")
                .param("contactEmail", "repair@relais.test")
                .param("contactPhone", "05 56 99 00 11")
                .param("siteIds", DemoIds.SITE_BASTIDE.toString(), DemoIds.SITE_ECOTONE.toString())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(sites(id)).containsExactlyInAnyOrder(DemoIds.SITE_BASTIDE, DemoIds.SITE_ECOTONE);
        assertThat(events.stream(ProviderOrganisationChanged.class))
                .anyMatch(e -> e.providerId().equals(id) && e.insertionStructure() && !e.esus() && e.active());
        assertThat(tester.get().uri(location).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(name, "Amina Rahmani", "Sites desservis", "checked=\"checked\"");

        assertThat(tester.post()
                        .uri(location)
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "SSE")
                        .param("name", name)
                        .param("siret", "73282932000074")
                        .param("_insertionStructure", "on")
                        .param("esus", "true")
                        .param("_esus", "on")
                        .param("siteIds", DemoIds.SITE_AQUITAINE.toString()))
                .hasStatus3xxRedirection();
        assertThat(sites(id)).containsExactly(DemoIds.SITE_AQUITAINE);
        assertThat(jdbc.sql("SELECT esus FROM provider_organisation WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        assertThat(tester.post().uri(location + "/deactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
        assertThat(events.stream(ProviderOrganisationChanged.class))
                .anyMatch(e -> e.providerId().equals(id) && !e.active());
        assertThat(tester.post().uri(location + "/reactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
    }

    @Test
    void refusesBadInputAndUnknownSitesAndWritesNothing() {
        String name = "Mauvais " + UUID.randomUUID();
        assertThat(tester.post()
                        .uri("/admin/providers")
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "SSE")
                        .param("name", name)
                        .param("siret", "12345678901234")
                        .param("contactEmail", "pas-un-email")
                        .param("contactPhone", "<script>"))
                .hasStatusOk()
                .bodyText()
                .contains("Ce SIRET n&#39;est pas valide", "Cette adresse e-mail", "Ce numéro de téléphone");
        assertThat(tester.post()
                        .uri("/admin/providers")
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "SSE")
                        .param("name", name)
                        .param("siret", "73282932000074")
                        .param("siteIds", UUID.randomUUID().toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Un des sites choisis n&#39;existe pas");
        assertThat(tester.post()
                        .uri("/admin/providers")
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "CASTLE")
                        .param("name", name)
                        .param("siret", "73282932000074")
                        .param("insertionStructure", "maybe")
                        .param("siteIds", "not-an-id"))
                .hasStatusOk()
                .bodyText()
                .contains("Cette valeur n&#39;est pas valide");
        assertThat(tester.post()
                        .uri("/admin/providers")
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "SSE")
                        .param("name", name)
                        .param("siret", "73282932000074")
                        .param("siteIds", "not-an-id"))
                .hasStatusOk()
                .bodyText()
                .contains("Un des sites choisis n&#39;existe pas");
        assertThat(tester.post()
                        .uri("/admin/providers")
                        .with(csrf())
                        .cookie(admin)
                        .param("kind", "SSE")
                        .param("name", "z".repeat(10_000))
                        .param("siret", "73282932000074"))
                .hasStatusOk()
                .bodyText()
                .contains("200 caractères au maximum");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_organisation WHERE name = ? OR LENGTH(name) > 200")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(tester.get().uri("/admin/providers/" + UUID.randomUUID()).cookie(admin))
                .hasStatus(404);
    }

    private List<UUID> sites(UUID provider) {
        return jdbc.sql("SELECT site_id FROM provider_site WHERE provider_id = ?")
                .param(provider)
                .query(UUID.class)
                .list();
    }
}
