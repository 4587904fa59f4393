package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.identity.internal.Tokens;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetWebTests {

    private static final String NEW = "une toute nouvelle phrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse askLink(String email) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse reset(String token, String password, String confirmation) throws Exception {
        return mvc.perform(post("/password/reset/" + token)
                        .with(csrf())
                        .param("password", password)
                        .param("passwordConfirmation", confirmation))
                .andReturn()
                .getResponse();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String member = newMember(mvc, jdbc, "oublieux", SITE_BASTIDE);
        String nobody = uniqueEmail("personne");
        assertThat(askLink(member).getRedirectedUrl()).isEqualTo("/password/forgot?sent");
        assertThat(askLink(nobody).getRedirectedUrl()).isEqualTo("/password/forgot?sent");
        assertThat(mvc.perform(get("/password/forgot?sent"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Si un compte existe pour cette adresse");
        assertThat(lastMailTo(jdbc, member).orElseThrow()).contains("/password/reset/", "une heure");
        assertThat(mailsTo(jdbc, nobody)).isEmpty();
    }

    @Test
    void aPersonSetsANewPasswordThroughTheLinkOnce() throws Exception {
        String email = newMember(mvc, jdbc, "reinit", SITE_BASTIDE);
        askLink(email);
        String token = tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/password/reset/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?")
                        .param(Tokens.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(mvc.perform(get("/password/reset/" + token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Nouveau mot de passe");
        MockHttpServletResponse weak = reset(token, "court", "court");
        assertThat(weak.getStatus()).isEqualTo(200);
        assertThat(weak.getContentAsString()).contains("au moins 12 caractères");
        String local = email.substring(0, email.indexOf('@'));
        assertThat(reset(token, "x" + local + "x", "x" + local + "x").getContentAsString())
                .contains("ne doit pas contenir votre adresse e-mail");

        MockHttpServletResponse done = reset(token, NEW, NEW);
        assertThat(done.getRedirectedUrl()).isEqualTo("/login");
        WebLogin.login(mvc, email, NEW);
        assertThat(mvc.perform(post("/login")
                                .with(csrf())
                                .with(from(randomIp()))
                                .param("email", email)
                                .param("password", NEW_PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");

        MockHttpServletResponse reused =
                mvc.perform(get("/password/reset/" + token)).andReturn().getResponse();
        assertThat(reused.getStatus()).isEqualTo(410);
        assertThat(reused.getContentAsString()).contains("a expiré, a déjà servi ou n&#39;existe pas");
        assertThat(reset(token, NEW + "2", NEW + "2").getStatus()).isEqualTo(410);
        assertThat(auditCount(jdbc, "PASSWORD_RESET", email)).isEqualTo(1);
    }

    @Test
    void usingOneLinkInvalidatesTheOthers() throws Exception {
        String email = newMember(mvc, jdbc, "deux.liens", SITE_BASTIDE);
        askLink(email);
        String first = tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/password/reset/");
        askLink(email);
        String second = mailsTo(jdbc, email).stream()
                .map(text -> tokenIn(text, "/password/reset/"))
                .filter(token -> !token.equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(reset(second, NEW, NEW).getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(get("/password/reset/" + first))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(410);
    }

    @Test
    void aResetEndsTheSessionsOpenedWithTheOldPassword() throws Exception {
        String email = newMember(mvc, jdbc, "session", SITE_BASTIDE);
        Cookie old = WebLogin.login(mvc, email, NEW_PASSWORD);
        assertThat(page(mvc, old, "/profile").getStatus()).isEqualTo(200);
        askLink(email);
        reset(tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/password/reset/"), NEW, NEW);
        assertThat(page(mvc, old, "/profile").getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void noMoreThanThreeLinksAnHourToOneAddress() throws Exception {
        String email = newMember(mvc, jdbc, "insistant", SITE_BASTIDE);
        for (int i = 0; i < 5; i++) {
            assertThat(askLink(email).getRedirectedUrl()).isEqualTo("/password/forgot?sent");
        }
        assertThat(mailsTo(jdbc, email).stream().filter(m -> m.contains("/password/reset/")))
                .hasSize(3);
    }

    @Test
    void badInputGivesAFormError() throws Exception {
        MockHttpServletResponse invalid = askLink("pas une adresse");
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString()).contains("Saisissez une adresse e-mail valide");
        assertThat(askLink("a".repeat(10_000) + "@exemple.test").getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/password/reset/" + Tokens.generate()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(410);
        assertThat(mvc.perform(post("/password/forgot").param("email", "habitant@relais.test"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
