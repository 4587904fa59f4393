package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class SiteAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    Cookie admin;

    @BeforeEach
    void signIn() {
        admin = WebLogin.login(mvc, "admin@relais.test");
    }

    @Test
    void listsTheSites() {
        assertThat(tester.get().uri("/admin/sites").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie du Quartier Bastide", "id=\"site-results\"");
    }

    @Test
    void editFormShowsTheOpeningHours() {
        assertThat(tester.get()
                        .uri("/admin/sites/" + coop.relais.shared.demo.DemoIds.SITE_BASTIDE)
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("08:30", "14:00", "Conciergerie du Quartier Bastide");
    }

    @Test
    void refusesOverlappingHours() {
        assertThat(tester.post()
                        .uri("/admin/sites")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", "Test")
                        .param("kind", "COMPANY")
                        .param("street", "1 rue")
                        .param("postalCode", "33000")
                        .param("city", "Bordeaux")
                        .param("timeZone", "Europe/Paris")
                        .param("days[0].opens1", "09:00")
                        .param("days[0].closes1", "13:00")
                        .param("days[0].opens2", "12:00")
                        .param("days[0].closes2", "18:00"))
                .hasStatusOk()
                .bodyText()
                .contains("se chevauchent");
    }
}
