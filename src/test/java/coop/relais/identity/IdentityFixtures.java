package coop.relais.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the identity tests share: unique addresses, e-mails read from the outbox, requests from a
 * chosen IP address, and accounts created the way a real person gets one (invitation, then password).
 */
final class IdentityFixtures {

    static final String NEW_PASSWORD = "un mot de passe solide";

    private IdentityFixtures() {}

    static String uniqueEmail(String prefix) {
        return prefix + "+" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
    }

    /** An address no other test uses, so that throttling by address stays within the test. */
    static String randomIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /** The text bodies of the e-mails written to this address, newest first. */
    static List<String> mailsTo(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? ORDER BY created_at DESC, id")
                .param(email.toLowerCase())
                .query(String.class)
                .list();
    }

    /** The newest e-mail to this address whose text contains {@code containing} (e.g. a link's path). */
    static Optional<String> lastMailTo(JdbcClient jdbc, String email, String containing) {
        return mailsTo(jdbc, email).stream().filter(m -> m.contains(containing)).findFirst();
    }

    static Optional<String> lastMailTo(JdbcClient jdbc, String email) {
        return mailsTo(jdbc, email).stream().findFirst();
    }

    /** The token of the first link to {@code path} (e.g. {@code /invitation/}) in a text. */
    static String tokenIn(String text, String path) {
        Matcher matcher = Pattern.compile("https?://\\S+?" + Pattern.quote(path) + "([A-Za-z0-9_-]{20,})")
                .matcher(text);
        assertThat(matcher.find()).as("a link to " + path + " in:\n" + text).isTrue();
        return matcher.group(1);
    }

    /** The admin invites the address; returns the token of the link e-mailed to it. */
    static String invite(MockMvc mvc, JdbcClient jdbc, Cookie inviter, String email, String role, UUID site, UUID org)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/invitations/new")
                        .cookie(inviter)
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Personne Invitée")
                        .param("language", "fr")
                        .param("role", role)
                        .param("siteId", site == null ? "" : site.toString())
                        .param("organisationId", org == null ? "" : org.toString()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("invitation of " + email).isEqualTo(302);
        return tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/invitation/");
    }

    /** Accepts an invitation as a new person; returns their session cookie (they are signed in). */
    static Cookie accept(MockMvc mvc, String token, String name, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("displayName", name)
                        .param("password", password)
                        .param("passwordConfirmation", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("accepting the invitation").isEqualTo("/");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    /** A new member of the site (invited by the admin), with {@link #NEW_PASSWORD}; returns their e-mail. */
    static String newMember(MockMvc mvc, JdbcClient jdbc, String prefix, UUID site) throws Exception {
        String email = uniqueEmail(prefix);
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String token = invite(mvc, jdbc, admin, email, "MEMBER", site, null);
        accept(mvc, token, "Membre " + prefix, NEW_PASSWORD);
        return email;
    }

    static UUID accountId(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(email.toLowerCase())
                .query(UUID.class)
                .single();
    }

    static long auditCount(JdbcClient jdbc, String action, String targetFragment) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND target LIKE ?")
                .params(action, "%" + targetFragment + "%")
                .query(Long.class)
                .single();
    }

    static MockHttpServletResponse page(MockMvc mvc, Cookie session, String uri) throws Exception {
        return mvc.perform(get(uri).cookie(session)).andReturn().getResponse();
    }
}
