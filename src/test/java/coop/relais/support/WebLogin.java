package coop.relais.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the real login form and returns the session cookie (sessions live in the
 * database through Spring Session, so the cookie is what carries them).
 */
public final class WebLogin {

    public static final String PASSWORD = "demo-relais-2026";

    private WebLogin() {}

    public static Cookie login(MockMvc mvc, String email) {
        return login(mvc, email, PASSWORD);
    }

    public static Cookie login(MockMvc mvc, String email, String password) {
        try {
            var response = mvc.perform(formLogin("/login").user("email", email).password(password))
                    .andReturn()
                    .getResponse();
            assertThat(response.getRedirectedUrl()).as("login of " + email).isEqualTo("/");
            Cookie session = response.getCookie("SESSION");
            assertThat(session).as("session cookie").isNotNull();
            return session;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
