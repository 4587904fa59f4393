package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.demo.DemoIds;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** "Mon site": a site manager edits the desk contact and opening hours of their own sites only. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteManagerWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    @Test
    void siteManagerSeesTheirSiteHoursAndTheSitesTheyManage() {
        Cookie gerante = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(tester.get().uri("/manage/site").cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Mon site",
                        "Conciergerie du Quartier Bastide",
                        "Conciergerie Campus Écotone",
                        "Lundi",
                        "Réouverture")
                .doesNotContain("Conciergerie Aquitaine Logistique", "Nom du site", "Fuseau horaire");
        assertThat(tester.get()
                        .uri("/manage/site?siteId=" + DemoIds.SITE_BASTIDE)
                        .cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"08:30\"", "value=\"14:00\"", "value=\"12:30\"");
        assertThat(tester.get()
                        .uri("/manage/site?siteId=" + DemoIds.SITE_ECOTONE)
                        .cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"08:00\"", "value=\"18:00\"");
    }

    @Test
    void siteManagerChangesHoursPhoneAndEmailOfTheirSite() {
        Cookie gerante = WebLogin.login(mvc, "gerante@relais.test");
        String email = "ecotone+" + UUID.randomUUID().toString().substring(0, 8) + "@relais.test";
        try {
            assertThat(deskForm(
                                    tester.post().uri("/manage/site"),
                                    gerante,
                                    DemoIds.SITE_ECOTONE,
                                    email,
                                    "08:00",
                                    "18:00")
                            .param("days[5].opens1", "09:00")
                            .param("days[5].closes1", "12:00"))
                    .hasStatus3xxRedirection();
            assertThat(jdbc.sql("SELECT email FROM site WHERE id = ?")
                            .param(DemoIds.SITE_ECOTONE)
                            .query(String.class)
                            .single())
                    .isEqualTo(email);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM site_opening_hours WHERE site_id = ? AND day_of_week = 6")
                            .param(DemoIds.SITE_ECOTONE)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            // restore the demo values other tests rely on
            assertThat(deskForm(
                            tester.post().uri("/manage/site"),
                            gerante,
                            DemoIds.SITE_ECOTONE,
                            "ecotone@relais.test",
                            "08:00",
                            "18:00"))
                    .hasStatus3xxRedirection();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_opening_hours WHERE site_id = ?")
                        .param(DemoIds.SITE_ECOTONE)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void siteManagerCannotRenameTheSite() {
        Cookie gerante = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(deskForm(
                                tester.post().uri("/manage/site"),
                                gerante,
                                DemoIds.SITE_ECOTONE,
                                "ecotone@relais.test",
                                "08:00",
                                "18:00")
                        .param("name", "Renommée par la gérante")
                        .param("timeZone", "Pacific/Tahiti"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT name || ' ' || time_zone FROM site WHERE id = ?")
                        .param(DemoIds.SITE_ECOTONE)
                        .query(String.class)
                        .single())
                .isEqualTo("Conciergerie Campus Écotone Europe/Paris");
    }

    @Test
    void anotherSiteIsNotFoundAndNothingIsWritten() {
        Cookie gerante = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(tester.get()
                        .uri("/manage/site?siteId=" + DemoIds.SITE_AQUITAINE)
                        .cookie(gerante))
                .hasStatus(404);
        assertThat(deskForm(
                        tester.post().uri("/manage/site"),
                        gerante,
                        DemoIds.SITE_AQUITAINE,
                        "pirate@relais.test",
                        "01:00",
                        "02:00"))
                .hasStatus(404);
        assertThat(tester.get().uri("/manage/site?siteId=" + UUID.randomUUID()).cookie(gerante))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT email FROM site WHERE id = ?")
                        .param(DemoIds.SITE_AQUITAINE)
                        .query(String.class)
                        .single())
                .isEqualTo("aquitaine@relais.test");
    }

    @Test
    void refusesBadHoursWithClearMessages() {
        Cookie gerante = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(deskForm(tester.post().uri("/manage/site"), gerante, DemoIds.SITE_ECOTONE, "x", "18:00", "08:00"))
                .hasStatusOk()
                .bodyText()
                .contains("doit précéder", "Cette adresse e-mail n&#39;est pas valide");
        assertThat(jdbc.sql("SELECT email FROM site WHERE id = ?")
                        .param(DemoIds.SITE_ECOTONE)
                        .query(String.class)
                        .single())
                .isEqualTo("ecotone@relais.test");
    }

    @Test
    void conciergesAndMembersMayNotManageSites() {
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        assertThat(tester.get().uri("/manage/site").cookie(concierge)).hasStatus(403);
        assertThat(tester.get()
                        .uri("/manage/site?siteId=" + DemoIds.SITE_BASTIDE)
                        .cookie(concierge))
                .hasStatus(404);
        assertThat(deskForm(
                        tester.post().uri("/manage/site"),
                        concierge,
                        DemoIds.SITE_BASTIDE,
                        "pirate@relais.test",
                        "01:00",
                        "02:00"))
                .hasStatus(404);
    }

    @Test
    void adminChoosesAnySite() {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(tester.get().uri("/manage/site").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez le site", "Conciergerie Aquitaine Logistique");
        assertThat(tester.get()
                        .uri("/manage/site?siteId=" + DemoIds.SITE_AQUITAINE)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"07:30\"");
    }

    private static MockMvcRequestBuilder deskForm(
            MockMvcRequestBuilder request, Cookie session, UUID site, String email, String opens, String closes) {
        request.with(csrf())
                .cookie(session)
                .param("siteId", site.toString())
                .param("phone", "05 56 40 12 10")
                .param("email", email);
        for (int day = 0; day < 5; day++) {
            request.param("days[" + day + "].opens1", opens).param("days[" + day + "].closes1", closes);
        }
        return request;
    }
}
