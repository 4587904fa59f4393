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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SiteAdminWebTests {

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
    void listsTheSitesWithASearchBoxAndAResultsRegion() {
        assertThat(tester.get().uri("/admin/sites").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<h1",
                        "Conciergerie du Quartier Bastide",
                        "Conciergerie Aquitaine Logistique",
                        "id=\"site-results\"",
                        "role=\"search\"",
                        "hx-get=\"/admin/sites\"",
                        "Conciergerie de quartier");
    }

    @Test
    void searchFiltersTheList() {
        assertThat(tester.get()
                        .uri("/admin/sites?q=bastide")
                        .header("HX-Request", "true")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie du Quartier Bastide")
                .doesNotContain("Conciergerie Aquitaine Logistique");
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() {
        assertThat(tester.get()
                        .uri("/admin/sites?q=aquitaine")
                        .header("HX-Request", "true")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"site-results\"", "Conciergerie Aquitaine Logistique")
                .doesNotContain("<html", "Conciergerie du Quartier Bastide", "role=\"search\"");
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        assertThat(tester.get()
                        .uri("/admin/sites?q=%25")
                        .header("HX-Request", "true")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun résultat")
                .doesNotContain("Conciergerie du Quartier Bastide");
    }

    @Test
    void createsASiteWithOpeningHoursThenEditsClosesAndReopensIt() {
        String marker = UUID.randomUUID().toString();
        String name = "Conciergerie Test " + marker;
        var created = tester.post()
                .uri("/admin/sites")
                .with(csrf())
                .cookie(admin)
                .param("name", name)
                .param("kind", "ECOSYSTEM")
                .param("street", "10 rue des Faures")
                .param("postalCode", "33000")
                .param("city", "Bordeaux")
                .param("phone", "05 56 00 11 22")
                .param("email", "test@relais.test")
                .param("timeZone", "Europe/Paris")
                .param("days[0].opens1", "8h30")
                .param("days[0].closes1", "12:00")
                .param("days[0].opens2", "13 h 30")
                .param("days[0].closes2", "18:00")
                .param("days[5].opens1", "09:00")
                .param("days[5].closes1", "12:00")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/sites/");
        UUID id = UUID.fromString(location.substring("/admin/sites/".length()));
        assertThat(events.stream(SiteCreated.class))
                .anyMatch(e -> e.siteId().equals(id) && e.name().equals(name));

        assertThat(tester.get().uri(location).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(name, "value=\"08:30\"", "value=\"13:30\"", "value=\"18:00\"", "Fermer le site");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_opening_hours WHERE site_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        assertThat(siteForm(tester.post().uri(location), name + " (renommée)", "07:00", "11:00"))
                .hasStatus3xxRedirection();
        assertThat(tester.get().uri(location).cookie(admin))
                .bodyText()
                .contains("renommée", "value=\"07:00\"")
                .doesNotContain("value=\"08:30\"");

        assertThat(tester.post().uri(location + "/deactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
        assertThat(events.stream(SiteDeactivated.class))
                .anyMatch(e -> e.siteId().equals(id));
        assertThat(tester.get().uri("/admin/sites?status=inactive&q=" + marker).cookie(admin))
                .bodyText()
                .contains("renommée", "Inactif");
        assertThat(tester.get().uri(location).cookie(admin)).bodyText().contains("Rouvrir le site");
        assertThat(tester.post().uri(location + "/reactivate").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection();
        assertThat(active(id)).isTrue();
    }

    @Test
    void refusesOverlappingOrHalfFilledHoursAndWritesNothing() {
        String name = "Chevauchement " + UUID.randomUUID();
        assertThat(tester.post()
                        .uri("/admin/sites")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", name)
                        .param("kind", "COMPANY")
                        .param("street", "1 rue")
                        .param("postalCode", "33000")
                        .param("city", "Bordeaux")
                        .param("timeZone", "Europe/Paris")
                        .param("days[0].opens1", "09:00")
                        .param("days[0].closes1", "13:00")
                        .param("days[0].opens2", "12:00")
                        .param("days[0].closes2", "18:00")
                        .param("days[1].opens1", "09:00")
                        .param("days[2].opens1", "18:00")
                        .param("days[2].closes1", "09:00")
                        .param("days[3].opens1", "25:99")
                        .param("days[3].closes1", "26:00"))
                .hasStatusOk()
                .bodyText()
                .contains("se chevauchent", "heure de fermeture du créneau", "doit précéder", "Heure non valide");
        assertThat(count(name)).isZero();
    }

    @Test
    void refusesHugeNamesBadPostalCodesAndUnknownTimeZones() {
        String huge = "x".repeat(10_000);
        assertThat(tester.post()
                        .uri("/admin/sites")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", huge)
                        .param("kind", "COMPANY")
                        .param("street", "1 rue")
                        .param("postalCode", "3300")
                        .param("city", "Bordeaux")
                        .param("email", "pas-une-adresse")
                        .param("timeZone", "Mars/Olympus"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "200 caractères au maximum",
                        "Le code postal comporte 5 chiffres",
                        "Ce fuseau horaire n&#39;existe pas",
                        "Cette adresse e-mail n&#39;est pas valide");
        assertThat(count(huge)).isZero();
    }

    @Test
    void refusesAMissingOrForgedKind() {
        String name = "Type inconnu " + UUID.randomUUID();
        assertThat(tester.post()
                        .uri("/admin/sites")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", name)
                        .param("kind", "CASTLE")
                        .param("street", "1 rue")
                        .param("postalCode", "33000")
                        .param("city", "Bordeaux")
                        .param("timeZone", "Europe/Paris"))
                .hasStatusOk()
                .bodyText()
                .contains("Le formulaire contient des erreurs");
        assertThat(count(name)).isZero();
    }

    @Test
    void forgedFieldsAreRefusedWithoutAnError() {
        String name = "Forgé " + UUID.randomUUID();
        assertThat(siteForm(tester.post().uri("/admin/sites"), name, "09:00", "17:00")
                        .param("days[999].opens1", "09:00")
                        .param("days[-1].opens1", "09:00"))
                .hasStatus(400)
                .bodyText()
                .contains("La demande est incorrecte");
        assertThat(count(name)).isZero();
        // The week sent as one value: the form comes back with its errors, nothing is written.
        assertThat(tester.post()
                        .uri("/admin/sites")
                        .param("name", name)
                        .param("kind", "0")
                        .param("days", "abc")
                        .with(csrf())
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid");
        assertThat(count(name)).isZero();
        assertThat(tester.get().uri("/admin/sites?page=-5&status=nonsense").cookie(admin))
                .hasStatusOk();
        assertThat(tester.get().uri("/admin/sites?page=99999999").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun résultat");
    }

    @Test
    void storesHtmlInNamesAsTypedAndShowsItEscaped() {
        String name = "<script>alert('x')</script> " + UUID.randomUUID();
        var created = siteForm(tester.post().uri("/admin/sites"), name, "09:00", "17:00")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(count(name)).isEqualTo(1);
        assertThat(tester.get().uri(created.getResponse().getRedirectedUrl()).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(tester.get().uri("/admin/sites?q=script").cookie(admin))
                .bodyText()
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        assertThat(tester.get().uri("/admin/sites/" + UUID.randomUUID()).cookie(admin))
                .hasStatus(404);
        assertThat(tester.get().uri("/admin/sites/not-a-uuid").cookie(admin)).hasStatus(404);
        assertThat(tester.post()
                        .uri("/admin/sites/" + UUID.randomUUID() + "/deactivate")
                        .with(csrf())
                        .cookie(admin))
                .hasStatus(404);
    }

    @Test
    void demoSiteFormShowsItsOpeningHours() {
        assertThat(tester.get().uri("/admin/sites/" + DemoIds.SITE_BASTIDE).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"08:30\"", "value=\"14:00\"", "Samedi", "Europe/Paris");
    }

    @Test
    void englishOnRequest() {
        assertThat(tester.get().uri("/admin/sites/new?lang=en").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("New site", "Opening hours", "Monday", "Reopens");
    }

    private MockMvcRequestBuilder siteForm(MockMvcRequestBuilder request, String name, String opens, String closes) {
        return request.with(csrf())
                .cookie(admin)
                .param("name", name)
                .param("kind", "NEIGHBOURHOOD")
                .param("street", "2 rue")
                .param("postalCode", "33800")
                .param("city", "Bordeaux")
                .param("timeZone", "Europe/Paris")
                .param("days[1].opens1", opens)
                .param("days[1].closes1", closes);
    }

    private long count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM site WHERE name = ?")
                .param(name.length() > 200 ? name.substring(0, 200) : name)
                .query(Long.class)
                .single();
    }

    private boolean active(UUID id) {
        return jdbc.sql("SELECT active FROM site WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
