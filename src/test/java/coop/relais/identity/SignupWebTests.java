package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignupWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private static String employeeEmail() {
        return "salarie+" + UUID.randomUUID().toString().substring(0, 8) + "@aquitaine-logistique.test";
    }

    private MockHttpServletResponse signUp(String email) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).param("email", email))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse complete(String token, String name, String password) throws Exception {
        return mvc.perform(post("/signup/" + token)
                        .with(csrf())
                        .param("displayName", name)
                        .param("password", password)
                        .param("passwordConfirmation", password))
                .andReturn()
                .getResponse();
    }

    @Test
    void anEmployeeOfAnApprovedDomainBecomesAMemberWhereTheirEmployerHasAContract() throws Exception {
        assertThat(mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString())
                .contains("Créer un compte", "Adresse e-mail professionnelle");
        String email = employeeEmail();
        assertThat(signUp(email).getRedirectedUrl()).isEqualTo("/signup?sent");
        assertThat(accounts.findByEmail(email)).isEmpty();
        String token = tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/signup/");

        assertThat(mvc.perform(get("/signup/" + token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(email, "Aquitaine Logistique");
        assertThat(complete(token, "Nora Salariée", "court").getContentAsString())
                .contains("au moins 12 caractères");

        MockHttpServletResponse done = complete(token, "Nora Salariée", NEW_PASSWORD);
        assertThat(done.getRedirectedUrl()).isEqualTo("/");
        Cookie session = done.getCookie("SESSION");
        assertThat(page(mvc, session, "/").getContentAsString())
                .contains("Bonjour Nora Salariée", "Conciergerie Aquitaine Logistique");
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        assertThat(accounts.grantsOf(id))
                .containsExactly(new RoleGrant(Role.MEMBER, SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE));

        MockHttpServletResponse reused =
                mvc.perform(get("/signup/" + token)).andReturn().getResponse();
        assertThat(reused.getStatus()).isEqualTo(410);
        assertThat(complete(token, "Autre", NEW_PASSWORD).getStatus()).isEqualTo(410);
        assertThat(auditCount(jdbc, "SIGNUP_COMPLETED", email)).isEqualTo(1);
    }

    @Test
    void otherDomainsAreToldToAskTheirConciergerie() throws Exception {
        String email = uniqueEmail("particulier");
        MockHttpServletResponse response = signUp(email);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Demandez une invitation à votre conciergerie.");
        assertThat(mailsTo(jdbc, email)).isEmpty();
    }

    @Test
    void anExistingAccountIsNotRevealedButWarnedByEmail() throws Exception {
        String email = employeeEmail();
        signUp(email);
        complete(tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/signup/"), "Déjà Inscrite", NEW_PASSWORD);

        MockHttpServletResponse again = signUp(email.toUpperCase());
        assertThat(again.getRedirectedUrl()).isEqualTo("/signup?sent");
        assertThat(lastMailTo(jdbc, email).orElseThrow())
                .contains("Vous avez déjà un compte", "/login", "/password/forgot")
                .doesNotContain("/signup/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signup_request WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputGivesFormErrors() throws Exception {
        MockHttpServletResponse invalid = signUp("<b>nope</b>");
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString())
                .contains("Saisissez une adresse e-mail valide")
                .doesNotContain("<b>nope</b>");
        assertThat(signUp("x".repeat(10_000) + "@aquitaine-logistique.test").getStatus())
                .isEqualTo(200);

        String email = employeeEmail();
        signUp(email);
        String token = tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/signup/");
        MockHttpServletResponse longName = complete(token, "N".repeat(10_000), NEW_PASSWORD);
        assertThat(longName.getStatus()).isEqualTo(200);
        assertThat(longName.getContentAsString()).contains("Ce nom est trop long");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(mvc.perform(get("/signup/inconnu")).andReturn().getResponse().getStatus())
                .isEqualTo(410);
    }
}
