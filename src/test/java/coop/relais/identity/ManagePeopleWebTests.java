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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A site manager sees and manages the people of their own sites, and nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
class ManagePeopleWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private MockHttpServletResponse revoke(Cookie session, UUID grant, UUID site) throws Exception {
        return mvc.perform(post("/manage/people/roles/" + grant + "/revoke")
                        .cookie(session)
                        .with(csrf())
                        .param("site", site.toString()))
                .andReturn()
                .getResponse();
    }

    private UUID grantOf(UUID account, Role role, UUID site) {
        return jdbc.sql("SELECT id FROM role_grant WHERE account_id = ? AND role = ? AND site_id = ?")
                .params(account, role.name(), site)
                .query(UUID.class)
                .single();
    }

    @Test
    void theManagerOfBastideSeesItsMembersAndConcierges() throws Exception {
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(page(mvc, manager, "/").getContentAsString())
                .contains("href=\"/manage/people\"", "Équipe et membres");
        String team = page(mvc, manager, "/manage/people?site=" + SITE_BASTIDE).getContentAsString();
        assertThat(team)
                .contains("Lucien Garreau", "Karim Benali", "Conciergerie du Quartier Bastide")
                .doesNotContain("Inès Carvalho", "Sandrine Morel");
        assertThat(page(mvc, manager, "/manage/people?site=" + SITE_BASTIDE + "&q=benali")
                        .getContentAsString())
                .contains("Karim Benali")
                .doesNotContain("Lucien Garreau");
        assertThat(page(mvc, manager, "/manage/people").getStatus()).isEqualTo(200);
        String fragment = mvc.perform(get("/manage/people?site=" + SITE_BASTIDE + "&q=garreau")
                        .cookie(manager)
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("id=\"team-results\"", "Lucien Garreau").doesNotContain("<html", "Karim Benali");
    }

    @Test
    void theManagerOfBastideCannotSeeOrChangeAquitaine() throws Exception {
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(page(mvc, manager, "/manage/people?site=" + SITE_AQUITAINE).getStatus())
                .isEqualTo(404);
        assertThat(page(mvc, manager, "/manage/people?site=" + UUID.randomUUID())
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(mvc, manager, "/manage/people?site=pas-un-id").getStatus())
                .isEqualTo(404);
        UUID salarie = grantOf(ACCOUNT_SALARIE, Role.MEMBER, SITE_AQUITAINE);
        assertThat(revoke(manager, salarie, SITE_BASTIDE).getStatus()).isEqualTo(404);
        assertThat(revoke(manager, salarie, SITE_AQUITAINE).getStatus()).isEqualTo(404);
        assertThat(accounts.holds(ACCOUNT_SALARIE, Role.MEMBER, SITE_AQUITAINE)).isTrue();
        // Her own site-manager role is not a member or concierge role: refused.
        UUID own = grantOf(ACCOUNT_GERANTE, Role.SITE_MANAGER, SITE_BASTIDE);
        assertThat(revoke(manager, own, SITE_BASTIDE).getStatus()).isEqualTo(403);
        assertThat(accounts.holds(ACCOUNT_GERANTE, Role.SITE_MANAGER, SITE_BASTIDE))
                .isTrue();
    }

    @Test
    void theManagerTakesBackAMemberRoleAtTheirSite() throws Exception {
        String email = newMember(mvc, jdbc, "demenage", SITE_BASTIDE);
        UUID id = accountId(jdbc, email);
        Cookie member = WebLogin.login(mvc, email, NEW_PASSWORD);
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(page(mvc, manager, "/manage/people?site=" + SITE_BASTIDE + "&q=demenage")
                        .getContentAsString())
                .contains(email);
        MockHttpServletResponse done = revoke(manager, grantOf(id, Role.MEMBER, SITE_BASTIDE), SITE_BASTIDE);
        assertThat(done.getRedirectedUrl()).isEqualTo("/manage/people?site=" + SITE_BASTIDE);
        assertThat(accounts.grantsOf(id)).isEmpty();
        assertThat(auditCount(jdbc, "ROLE_REVOKED", email)).isEqualTo(1);
        // The person's open session does not keep the role.
        assertThat(page(mvc, member, "/").getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theManagerWithdrawsInvitationsOfTheirSitesOnly() throws Exception {
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        String email = uniqueEmail("invite.bastide");
        invite(mvc, jdbc, manager, email, "MEMBER", SITE_BASTIDE, null);
        assertThat(page(mvc, manager, "/manage/people?site=" + SITE_BASTIDE).getContentAsString())
                .contains(email);
        UUID invitation = jdbc.sql("SELECT id FROM invitation WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();

        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String elsewhere = uniqueEmail("invite.aquitaine");
        invite(mvc, jdbc, admin, elsewhere, "MEMBER", SITE_AQUITAINE, null);
        UUID other = jdbc.sql("SELECT id FROM invitation WHERE email = ?")
                .param(elsewhere)
                .query(UUID.class)
                .single();
        assertThat(mvc.perform(post("/manage/people/invitations/" + other + "/revoke")
                                .cookie(manager)
                                .with(csrf())
                                .param("site", SITE_BASTIDE.toString()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        assertThat(mvc.perform(post("/manage/people/invitations/" + invitation + "/revoke")
                                .cookie(manager)
                                .with(csrf())
                                .param("site", SITE_BASTIDE.toString()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/manage/people?site=" + SITE_BASTIDE);
        assertThat(page(mvc, manager, "/manage/people?site=" + SITE_BASTIDE).getContentAsString())
                .doesNotContain(email);
    }

    @Test
    void membersAndConciergesHaveNoTeamPage() throws Exception {
        for (String email : new String[] {"habitant@relais.test", "concierge@relais.test", "rh@relais.test"}) {
            Cookie session = WebLogin.login(mvc, email);
            assertThat(page(mvc, session, "/manage/people").getStatus())
                    .as(email)
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/manage/people?site=" + SITE_BASTIDE).getStatus())
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/").getContentAsString()).doesNotContain("href=\"/manage/people\"");
        }
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        assertThat(revoke(concierge, grantOf(ACCOUNT_HABITANT, Role.MEMBER, SITE_BASTIDE), SITE_BASTIDE)
                        .getStatus())
                .isEqualTo(403);
        assertThat(accounts.grantsOf(ACCOUNT_HABITANT)).containsExactly(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE));
    }
}
