package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Links expire and locks lift when time passes: the injected clock is moved, nobody sleeps. */
@SpringBootTest
@AutoConfigureMockMvc
class TimeTravelWebTests {

    /** A clock the tests move forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class ClockSetup {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    private MockHttpServletResponse signIn(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(randomIp()))
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    @Test
    void anInvitationExpiresAfterSevenDays() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String email = uniqueEmail("tardive");
        String token = invite(mvc, jdbc, admin, email, "MEMBER", SITE_BASTIDE, null);
        clock.move(Duration.ofDays(6).plusHours(23));
        assertThat(mvc.perform(get("/invitation/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        clock.move(Duration.ofHours(1));
        MockHttpServletResponse expired =
                mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("Cette invitation a expiré");
        MockHttpServletResponse tooLate = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("displayName", "Trop Tard")
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(tooLate.getStatus()).isEqualTo(410);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
        // The admin list shows it as expired, still withdrawable.
        assertThat(page(mvc, WebLogin.login(mvc, "admin@relais.test"), "/admin/invitations")
                        .getContentAsString())
                .contains(email, "expirée");
    }

    @Test
    void aPasswordLinkLastsOneHour() throws Exception {
        String email = newMember(mvc, jdbc, "lent", SITE_BASTIDE);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String token = tokenIn(lastMailTo(jdbc, email, "/password/reset/").orElseThrow(), "/password/reset/");
        clock.move(Duration.ofMinutes(59));
        assertThat(mvc.perform(get("/password/reset/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        clock.move(Duration.ofMinutes(1));
        assertThat(mvc.perform(get("/password/reset/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(410);
    }

    @Test
    void aLockLiftsAfterFifteenMinutes() throws Exception {
        String email = newMember(mvc, jdbc, "patient", SITE_BASTIDE);
        for (int i = 0; i < 5; i++) {
            signIn(email, "mauvais mot de passe");
        }
        assertThat(signIn(email, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
        clock.move(Duration.ofMinutes(14));
        assertThat(signIn(email, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
        clock.move(Duration.ofMinutes(1));
        assertThat(signIn(email, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() throws Exception {
        String email = newMember(mvc, jdbc, "espace", SITE_BASTIDE);
        for (int i = 0; i < 4; i++) {
            signIn(email, "mauvais mot de passe");
        }
        clock.move(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(email, "mauvais mot de passe").getRedirectedUrl()).isEqualTo("/login?error");
        }
    }
}
