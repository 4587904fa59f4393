package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
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

/** Admin people pages, the audit log, and who may not see them. */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private MockHttpServletResponse postAs(Cookie session, String uri, String... params) throws Exception {
        var request = post(uri).cookie(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theAdminSearchesPeopleAndSeesTheirRoles() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String all = page(mvc, admin, "/").getContentAsString();
        assertThat(all).contains("href=\"/admin/people\"", "Personnes", "href=\"/admin/audit\"", "Journal d&#39;audit");

        String found = page(mvc, admin, "/admin/people?q=garreau").getContentAsString();
        assertThat(found).contains("Lucien Garreau", "habitant@relais.test").doesNotContain("Inès Carvalho");
        String byEmail = page(mvc, admin, "/admin/people?q=SALARIE@relais").getContentAsString();
        assertThat(byEmail).contains("Inès Carvalho");

        // The search box refreshes the list alone through htmx.
        String fragment = mvc.perform(
                        get("/admin/people?q=garreau").cookie(admin).header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("id=\"people-results\"", "Lucien Garreau")
                .doesNotContain("<html", "<nav class=\"navbar");

        assertThat(page(mvc, admin, "/admin/people?page=-3&q=" + "%25".repeat(3))
                        .getStatus())
                .isEqualTo(200);
        assertThat(page(mvc, admin, "/admin/people?q=" + "x".repeat(10_000)).getStatus())
                .isIn(200, 400);

        String person = page(mvc, admin, "/admin/people/" + ACCOUNT_GERANTE).getContentAsString();
        assertThat(person)
                .contains(
                        "Géraldine Lafitte",
                        "Responsable de site",
                        "Conciergerie du Quartier Bastide",
                        "Conciergerie Campus Écotone");
        assertThat(page(mvc, admin, "/admin/people/" + UUID.randomUUID()).getStatus())
                .isEqualTo(404);
        assertThat(page(mvc, admin, "/admin/people/pas-un-id").getStatus()).isEqualTo(404);
    }

    @Test
    void theAdminGrantsAndRevokesRolesAndTheAuditLogShowsIt() throws Exception {
        String email = newMember(mvc, jdbc, "promu", SITE_BASTIDE);
        UUID id = accountId(jdbc, email);
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");

        MockHttpServletResponse granted = postAs(
                admin,
                "/admin/people/" + id + "/roles",
                "role",
                "CONCIERGE",
                "siteId",
                SITE_ECOTONE.toString(),
                "organisationId",
                "");
        assertThat(granted.getRedirectedUrl()).isEqualTo("/admin/people/" + id);
        assertThat(accounts.grantsOf(id)).contains(RoleGrant.atSite(Role.CONCIERGE, SITE_ECOTONE));

        MockHttpServletResponse duplicate = postAs(
                admin,
                "/admin/people/" + id + "/roles",
                "role",
                "CONCIERGE",
                "siteId",
                SITE_ECOTONE.toString(),
                "organisationId",
                "");
        // Granting is idempotent: a second submit changes nothing and says so.
        assertThat(duplicate.getRedirectedUrl()).isEqualTo("/admin/people/" + id);
        assertThat(accounts.grantsOf(id).stream()
                        .filter(g -> g.role() == Role.CONCIERGE)
                        .count())
                .isEqualTo(1);
        MockHttpServletResponse noOrganisation =
                postAs(admin, "/admin/people/" + id + "/roles", "role", "PROVIDER", "siteId", "", "organisationId", "");
        assertThat(noOrganisation.getContentAsString()).contains("Choisissez une organisation pour ce rôle.");

        UUID grantId = jdbc.sql("SELECT id FROM role_grant WHERE account_id = ? AND role = 'CONCIERGE'")
                .param(id)
                .query(UUID.class)
                .single();
        assertThat(postAs(admin, "/admin/people/" + id + "/roles/" + grantId + "/revoke")
                        .getRedirectedUrl())
                .isEqualTo("/admin/people/" + id);
        assertThat(accounts.grantsOf(id)).containsExactly(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE));
        // A grant id that belongs to someone else is not found under this person.
        UUID othersGrant = jdbc.sql("SELECT id FROM role_grant WHERE account_id = ?")
                .param(ACCOUNT_HABITANT)
                .query(UUID.class)
                .list()
                .get(0);
        assertThat(postAs(admin, "/admin/people/" + id + "/roles/" + othersGrant + "/revoke")
                        .getStatus())
                .isEqualTo(404);

        assertThat(auditCount(jdbc, "ROLE_GRANTED", email)).isEqualTo(1);
        assertThat(auditCount(jdbc, "ROLE_REVOKED", email)).isEqualTo(1);
        String audit = page(mvc, admin, "/admin/audit?action=ROLE_REVOKED").getContentAsString();
        assertThat(audit)
                .contains(
                        "Journal d&#39;audit",
                        "Rôle retiré",
                        email,
                        "admin@relais.test",
                        "CONCIERGE @ Conciergerie Campus Écotone");
        assertThat(audit).doesNotContain("<td>Connexion</td>");
        assertThat(page(mvc, admin, "/admin/audit?action=%3Cscript%3E&page=-1").getStatus())
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsSessionsAndTokensStopWorking() throws Exception {
        String email = newMember(mvc, jdbc, "parti", SITE_BASTIDE);
        UUID id = accountId(jdbc, email);
        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        String body = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + NEW_PASSWORD
                                + "\",\"name\":\"outil\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = Pattern.compile("(rls_[A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(postAs(admin, "/admin/people/" + id + "/deactivate").getRedirectedUrl())
                .isEqualTo("/admin/people/" + id);
        assertThat(page(mvc, admin, "/admin/people/" + id).getContentAsString()).contains("Désactivé");

        assertThat(page(mvc, session, "/").getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/login")
                                .with(csrf())
                                .with(from(randomIp()))
                                .param("email", email)
                                .param("password", NEW_PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(auditCount(jdbc, "ACCOUNT_DEACTIVATED", email)).isEqualTo(1);

        postAs(admin, "/admin/people/" + id + "/reactivate");
        WebLogin.login(mvc, email, NEW_PASSWORD);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        MockHttpServletResponse self = postAs(admin, "/admin/people/" + ACCOUNT_ADMIN + "/deactivate");
        assertThat(self.getRedirectedUrl()).isEqualTo("/admin/people/" + ACCOUNT_ADMIN);
        assertThat(accounts.findByEmail("admin@relais.test")).isPresent();
        WebLogin.login(mvc, "admin@relais.test");
        UUID adminGrant = jdbc.sql("SELECT id FROM role_grant WHERE account_id = ? AND role = 'ADMIN'")
                .param(ACCOUNT_ADMIN)
                .query(UUID.class)
                .single();
        postAs(admin, "/admin/people/" + ACCOUNT_ADMIN + "/roles/" + adminGrant + "/revoke");
        assertThat(accounts.grantsOf(ACCOUNT_ADMIN)).contains(RoleGrant.admin());
    }

    @Test
    void adminPagesRefuseEveryoneElse() throws Exception {
        for (String email :
                new String[] {"habitant@relais.test", "gerante@relais.test", "concierge@relais.test", "rh@relais.test"
                }) {
            Cookie session = WebLogin.login(mvc, email);
            assertThat(page(mvc, session, "/admin/people").getStatus())
                    .as(email)
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/admin/people/" + ACCOUNT_HABITANT).getStatus())
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/admin/audit").getStatus()).isEqualTo(403);
            assertThat(postAs(session, "/admin/people/" + ACCOUNT_HABITANT + "/deactivate")
                            .getStatus())
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/").getContentAsString()).doesNotContain("href=\"/admin/people\"");
        }
        assertThat(accounts.findByEmail("habitant@relais.test")).isPresent();
        WebLogin.login(mvc, "habitant@relais.test");
    }
}
