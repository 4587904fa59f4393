package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.identity.internal.Tokens;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.ApiAuth;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/auth/tokens}, bearer tokens and {@code GET /api/v1/me}. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RelaisUserDetailsService users;

    private MockHttpServletResponse askToken(String json) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens")
                        .with(from(randomIp()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    static String tokenOf(MockHttpServletResponse response) throws Exception {
        Matcher matcher = Pattern.compile("\"token\":\"(rls_[A-Za-z0-9_-]+)\"").matcher(response.getContentAsString());
        assertThat(matcher.find()).as(response.getContentAsString()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aTokenCreatedWithEmailAndPasswordOpensTheApi() throws Exception {
        String email = newMember(mvc, jdbc, "api", SITE_BASTIDE);
        MockHttpServletResponse created = askToken("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\""
                + NEW_PASSWORD + "\",\"name\":\"Mon script\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        String token = tokenOf(created);
        assertThat(token).startsWith("rls_");
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE name = 'Mon script' AND account_id = ?")
                        .param(accountId(jdbc, email))
                        .query(String.class)
                        .single())
                .isEqualTo(Tokens.hash(token));

        MockHttpServletResponse me = me(token);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString())
                .contains("\"email\":\"" + email + "\"", "\"name\":\"Membre api\"", "\"language\":\"fr\"")
                .contains("\"role\":\"MEMBER\"", "\"siteId\":\"" + SITE_BASTIDE + "\"");
        Instant lastUsed = jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = ?")
                .param(Tokens.hash(token))
                .query((rs, n) -> Instants.read(rs, 1))
                .single();
        assertThat(lastUsed).isBefore(Instant.now().plusSeconds(5));
        // Not a session: no cookie is set.
        assertThat(me.getCookie("SESSION")).isNull();
    }

    @Test
    void wrongCredentialsAnswer401ProblemJson() throws Exception {
        MockHttpServletResponse wrong = askToken(
                "{\"email\":\"habitant@relais.test\",\"password\":\"pas le bon mot de passe\",\"name\":\"x\"}");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentType()).startsWith("application/problem+json");
        assertThat(wrong.getContentAsString()).contains("\"status\":401", "Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void missingUnknownAndRevokedTokensAnswer401() throws Exception {
        MockHttpServletResponse none =
                mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/problem+json");
        assertThat(none.getContentAsString()).contains("Authentification requise");

        MockHttpServletResponse unknown = me(Tokens.generateApiToken());
        assertThat(unknown.getStatus()).isEqualTo(401);
        assertThat(unknown.getContentAsString()).contains("pas valable");
        assertThat(me("n'importe quoi <script>").getStatus()).isEqualTo(401);
        assertThat(me("x".repeat(5000)).getStatus()).isEqualTo(401);

        String email = newMember(mvc, jdbc, "revoque", SITE_BASTIDE);
        String token = tokenOf(askToken(
                "{\"email\":\"" + email + "\",\"password\":\"" + NEW_PASSWORD + "\",\"name\":\"temporaire\"}"));
        assertThat(me(token).getStatus()).isEqualTo(200);
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE token_hash = ?")
                .params(Instants.param(Instant.now()), Tokens.hash(token))
                .update();
        assertThat(me(token).getStatus()).isEqualTo(401);
    }

    @Test
    void badRequestsAnswer400WithFieldErrors() throws Exception {
        MockHttpServletResponse malformed = askToken("{\"email\":");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse longName =
                askToken("{\"email\":\"habitant@relais.test\",\"password\":\"demo-relais-2026\"," + "\"name\":\""
                        + "n".repeat(10_000) + "\"}");
        assertThat(longName.getStatus()).isEqualTo(400);
        assertThat(longName.getContentAsString()).contains("\"errors\"", "\"name\"");

        MockHttpServletResponse badEmail =
                askToken("{\"email\":\"pas-une-adresse\",\"password\":\"x\",\"name\":\"x\"}");
        assertThat(badEmail.getStatus()).isEqualTo(400);
        assertThat(badEmail.getContentAsString()).contains("\"email\"");
        assertThat(askToken("[]").getStatus()).isEqualTo(400);
    }

    @Test
    void meWorksForAnyAuthenticatedCaller() throws Exception {
        MockHttpServletResponse me = mvc.perform(get("/api/v1/me").with(ApiAuth.as(users, "gerante@relais.test")))
                .andReturn()
                .getResponse();
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString()).contains("\"role\":\"SITE_MANAGER\"", "Géraldine Lafitte");
    }

    @Test
    void bothEndpointsAreDocumentedInOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/auth/tokens", "/api/v1/me", "\"bearer\"", "429");
    }
}
