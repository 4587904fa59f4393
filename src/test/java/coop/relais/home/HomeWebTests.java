package coop.relais.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class HomeWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(tester.get().uri("/"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(tester.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("Connexion", "Adresse e-mail", "Mot de passe");
    }

    @Test
    void adminSeesTheNetworkInFigures() throws Exception {
        Cookie session = WebLogin.login(mvc, "admin@relais.test");
        assertThat(tester.get().uri("/").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Bonjour Agnès Delmas", "Le réseau en chiffres", "organisations clientes");
    }

    @Test
    void memberSeesTheirSiteOpeningHours() throws Exception {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie du Quartier Bastide", "Horaires d&#39;ouverture", "Samedi")
                .doesNotContain("Le réseau en chiffres");
    }

    @Test
    void englishOnRequest() throws Exception {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/?lang=en").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Opening hours", "Saturday");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        var result = mvc.perform(formLogin("/login")
                        .user("email", "habitant@relais.test")
                        .password("wrong-password-123"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }
}
