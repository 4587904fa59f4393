package coop.relais.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.shared.demo.DemoIds;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The site manager adds a vehicle and changes its rules from the pages; a value that cannot be read or a
 * rule out of bounds is said in plain French and nothing is written; members do not see the editor; a
 * resource with bookings to come is not archived.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceEditorTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    private MvcTestResult post(Cookie who, String path, String... fields) {
        var request = mvc.post().uri(path).with(csrf()).cookie(who);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private long named(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_resource WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Test
    void theSiteManagerAddsAVehicleAndChangesItsRules() {
        Cookie manager = WebLogin.login(mockMvc, "gerante@relais.test");
        assertThat(mvc.get().uri("/bookings/manage").cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Ressources à réserver", "Ajouter un véhicule");
        assertThat(mvc.get().uri("/bookings/manage/new?kind=VEHICLE").cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Nouveau véhicule", "Immatriculation", "Kilométrage au compteur (km)");

        String name = "Utilitaire " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(post(
                        manager,
                        "/bookings/manage/new",
                        "kind",
                        "VEHICLE",
                        "name",
                        name,
                        "plate",
                        "AB-123-CD",
                        "energy",
                        "FUEL",
                        "odometerKm",
                        "12 000",
                        "maxMinutes",
                        "beaucoup"))
                .hasStatusOk()
                .bodyText()
                .contains("La durée la plus longue va de");
        assertThat(post(
                        manager,
                        "/bookings/manage/new",
                        "kind",
                        "VEHICLE",
                        "name",
                        name,
                        "plate",
                        "",
                        "energy",
                        "FUEL",
                        "odometerKm",
                        "12000"))
                .hasStatusOk()
                .bodyText()
                .contains("Indiquez l");
        assertThat(named(name)).isZero();

        assertThat(post(
                        manager,
                        "/bookings/manage/new",
                        "kind",
                        "VEHICLE",
                        "name",
                        name,
                        "plate",
                        "ab-123-cd",
                        "energy",
                        "ELECTRIC",
                        "odometerKm",
                        "12 000",
                        "pricePerHour",
                        "5,50",
                        "pricePerKm",
                        "0,20",
                        "vatRate",
                        "20",
                        "opensAt",
                        "07:00",
                        "closesAt",
                        "21:00",
                        "minMinutes",
                        "60",
                        "maxMinutes",
                        "600",
                        "bufferAfterMinutes",
                        "15",
                        "quotaPeriod",
                        "WEEK",
                        "quotaHours",
                        "8"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/bookings/manage");
        UUID id = jdbc.sql("SELECT id FROM booking_resource WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
        ResourceView made = resources.find(id).orElseThrow();
        assertThat(made.vehicle().plate()).isEqualTo("AB-123-CD");
        assertThat(made.vehicle().odometerKm()).isEqualTo(12_000);
        assertThat(made.policy().quota().minutes()).isEqualTo(480);
        assertThat(made.policy().bufferAfterMinutes()).isEqualTo(15);

        assertThat(mvc.get().uri("/bookings/manage/{id}", id).cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("AB-123-CD", "5,50");
        assertThat(post(
                        manager,
                        "/bookings/manage/" + id,
                        "kind",
                        "VEHICLE",
                        "name",
                        name,
                        "plate",
                        "AB-123-CD",
                        "energy",
                        "ELECTRIC",
                        "odometerKm",
                        "11000",
                        "vatRate",
                        "5,5"))
                .hasStatusOk()
                .bodyText()
                .contains("Le compteur ne peut pas reculer");
        assertThat(post(
                        manager,
                        "/bookings/manage/" + id,
                        "kind",
                        "VEHICLE",
                        "name",
                        name,
                        "plate",
                        "AB-123-CD",
                        "energy",
                        "ELECTRIC",
                        "odometerKm",
                        "12500",
                        "vatRate",
                        "5,5",
                        "maxMinutes",
                        "480",
                        "approvalRequired",
                        "on",
                        "paidBy",
                        "EMPLOYER"))
                .hasStatus3xxRedirection();
        ResourceView saved = resources.find(id).orElseThrow();
        assertThat(saved.maxMinutes()).isEqualTo(480);
        assertThat(saved.policy().approvalRequired()).isTrue();
        assertThat(saved.policy().paidBy()).isEqualTo(ResourceView.PaidBy.EMPLOYER);
        assertThat(saved.policy().quota()).isNull();
        assertThat(resources.vatRate(id)).isEqualByComparingTo(new BigDecimal("5.5"));

        assertThat(post(manager, "/bookings/manage/" + id + "/archive")).hasStatus3xxRedirection();
        assertThat(resources.find(id)).isEmpty();
    }

    @Test
    void membersDoNotSeeTheEditorAndAResourceStillBookedIsNotArchived() {
        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/bookings/manage").cookie(habitant)).hasStatus(404);
        UUID bike = UUID.nameUUIDFromBytes("resource-Vélo cargo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(post(habitant, "/bookings/manage/" + bike + "/archive")).hasStatus(404);

        Cookie manager = WebLogin.login(mockMvc, "gerante@relais.test");
        mvc.post()
                .uri("/site/select")
                .param("siteId", coop.relais.shared.demo.DemoIds.SITE_BASTIDE.toString())
                .with(csrf())
                .cookie(manager)
                .exchange();
        assertThat(post(manager, "/bookings/manage/" + bike + "/archive"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashError");
        assertThat(resources.find(bike)).isPresent();
    }

    @Test
    void theSiteManagerKeepsARoomForSomeOfTheSitesCompanies() {
        Cookie manager = WebLogin.login(mockMvc, "gerante@relais.test");
        mvc.post()
                .uri("/site/select")
                .param("siteId", DemoIds.SITE_ECOTONE.toString())
                .with(csrf())
                .cookie(manager)
                .exchange();
        assertThat(mvc.get().uri("/bookings/manage/new?kind=ROOM").cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Réservé aux salariés de", DemoIds.CLIENT_ECOTONE_NUMERIQUE.toString())
                .doesNotContain(DemoIds.CLIENT_AQUITAINE_LOGISTIQUE.toString());

        String name = "Bureau " + UUID.randomUUID().toString().substring(0, 6);
        // A company that is not a client of the site is refused, and nothing is written.
        assertThat(post(
                        manager,
                        "/bookings/manage/new",
                        "kind",
                        "ROOM",
                        "name",
                        name,
                        "companiesShown",
                        "on",
                        "companies",
                        DemoIds.CLIENT_AQUITAINE_LOGISTIQUE.toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez parmi les entreprises clientes de ce site.");
        assertThat(named(name)).isZero();

        assertThat(post(
                        manager,
                        "/bookings/manage/new",
                        "kind",
                        "ROOM",
                        "name",
                        name,
                        "companiesShown",
                        "on",
                        "companies",
                        DemoIds.CLIENT_ECOTONE_NUMERIQUE.toString()))
                .hasStatus3xxRedirection();
        UUID id = jdbc.sql("SELECT id FROM booking_resource WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
        assertThat(resources.find(id).orElseThrow().policy().companies())
                .containsExactly(DemoIds.CLIENT_ECOTONE_NUMERIQUE);
        assertThat(mvc.get().uri("/bookings/manage/" + id).cookie(manager))
                .hasStatusOk()
                .bodyText()
                .containsPattern("value=\"" + DemoIds.CLIENT_ECOTONE_NUMERIQUE + "\"[^>]*checked");

        // Unticking every company opens it to every member again.
        assertThat(post(manager, "/bookings/manage/" + id, "kind", "ROOM", "name", name, "companiesShown", "on"))
                .hasStatus3xxRedirection();
        assertThat(resources.find(id).orElseThrow().policy().companies()).isEmpty();
    }
}
