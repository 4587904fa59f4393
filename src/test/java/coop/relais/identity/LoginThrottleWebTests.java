package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Repeated sign-in failures lock the account, or the address, for a while. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Value("${relais.identity.login.address-max-failures:5}")
    int addressMaxFailures;

    private MockHttpServletResponse signIn(String email, String password, String ip) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(ip))
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse askToken(String email, String password, String ip) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens")
                        .with(from(ip))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"script\"}"))
                .andReturn()
                .getResponse();
    }

    @Test
    void fiveFailuresLockTheAccountWithAClearMessage() throws Exception {
        String email = newMember(mvc, jdbc, "verrou", SITE_BASTIDE);
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(email, "mauvais mot de passe", randomIp()).getRedirectedUrl())
                    .as("failure %d", i)
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(email, "mauvais mot de passe", randomIp()).getRedirectedUrl())
                .isEqualTo("/login?locked");
        // Even the right password is refused while the account is locked, from any address.
        MockHttpServletResponse refused = signIn(email, NEW_PASSWORD, randomIp());
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?locked");

        String page = mvc.perform(get("/login?locked").cookie(refused.getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Trop de tentatives", "Mot de passe oublié").contains("value=\"" + email + "\"");
        assertThat(auditCount(jdbc, "LOGIN_FAILED", email)).isEqualTo(5);
        assertThat(auditCount(jdbc, "LOGIN_LOCKED", email)).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheAccountCounter() throws Exception {
        String email = newMember(mvc, jdbc, "distrait", SITE_BASTIDE);
        for (int i = 0; i < 4; i++) {
            signIn(email, "mauvais mot de passe", randomIp());
        }
        assertThat(signIn(email, NEW_PASSWORD, randomIp()).getRedirectedUrl()).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(email, "mauvais mot de passe", randomIp()).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(email, NEW_PASSWORD, randomIp()).getRedirectedUrl()).isEqualTo("/");
        assertThat(auditCount(jdbc, "LOGIN_SUCCEEDED", email)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAddressThatGuessesManyAccountsIsLocked() throws Exception {
        String ip = randomIp();
        for (int i = 1; i < addressMaxFailures; i++) {
            assertThat(signIn(uniqueEmail("devine"), "mauvais mot de passe", ip).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(uniqueEmail("devine"), "mauvais mot de passe", ip).getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(signIn("habitant@relais.test", WebLogin.PASSWORD, ip).getRedirectedUrl())
                .isEqualTo("/login?locked");
        // The same person from another address is not affected.
        assertThat(signIn("habitant@relais.test", WebLogin.PASSWORD, randomIp()).getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theTokenEndpointIsThrottledTooAndAnswers429() throws Exception {
        String email = newMember(mvc, jdbc, "robot", SITE_BASTIDE);
        for (int i = 1; i <= 4; i++) {
            MockHttpServletResponse wrong = askToken(email, "mauvais mot de passe", randomIp());
            assertThat(wrong.getStatus()).isEqualTo(401);
            assertThat(wrong.getContentType()).startsWith("application/problem+json");
            assertThat(wrong.getContentAsString()).contains("Adresse e-mail ou mot de passe incorrect.");
        }
        MockHttpServletResponse locked = askToken(email, "mauvais mot de passe", randomIp());
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentType()).startsWith("application/problem+json");
        assertThat(locked.getHeader("Retry-After")).isNotNull();
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 900L);
        assertThat(askToken(email, NEW_PASSWORD, randomIp()).getStatus()).isEqualTo(429);
        // The login form shares the lock.
        assertThat(signIn(email, NEW_PASSWORD, randomIp()).getRedirectedUrl()).isEqualTo("/login?locked");
    }

    @Test
    void aDeactivatedOrUnknownAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        assertThat(signIn(uniqueEmail("inconnu"), "peu importe ici", randomIp()).getRedirectedUrl())
                .isEqualTo("/login?error");
        String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void theLoginPageLinksToPasswordHelpAndSignUp() throws Exception {
        Cookie none = new Cookie("x", "y");
        String page = mvc.perform(get("/login").cookie(none))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/password/forgot\"", "href=\"/signup\"");
    }
}
