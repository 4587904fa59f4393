package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.identity.internal.Tokens;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class InvitationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private MockHttpServletRequestBuilder inviteRequest(
            Cookie session, String email, String role, Object site, Object org) {
        return post("/invitations/new")
                .cookie(session)
                .with(csrf())
                .param("email", email)
                .param("displayName", "Léa Invitée")
                .param("language", "fr")
                .param("role", role)
                .param("siteId", site == null ? "" : site.toString())
                .param("organisationId", org == null ? "" : org.toString());
    }

    @Test
    void anInvitedPersonCreatesTheirAccountAndLandsOnTheirSite() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        assertThat(page(mvc, admin, "/invitations/new").getContentAsString())
                .contains("Inviter une personne", "Conciergerie du Quartier Bastide", "Pressing Solidaire");

        String email = uniqueEmail("lea.invitee");
        MockHttpServletResponse sent = mvc.perform(inviteRequest(admin, email, "MEMBER", SITE_BASTIDE, null))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/admin/invitations");

        // The e-mail is in the outbox, in French, with a link; the database keeps only the hash.
        String mail = lastMailTo(jdbc, email).orElseThrow();
        assertThat(mail).contains("Agnès Delmas vous invite sur Relais", "Membre", "Conciergerie du Quartier Bastide");
        String token = tokenIn(mail, "/invitation/");
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        String storedHash = jdbc.sql("SELECT token_hash FROM invitation WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(storedHash).isEqualTo(Tokens.hash(token)).doesNotContain(token);
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Agnès Delmas vous invite sur Relais");

        // The invited person sees who invited them to what.
        MockHttpServletResponse landing =
                mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
        assertThat(landing.getStatus()).isEqualTo(200);
        assertThat(landing.getContentAsString())
                .contains("Agnès Delmas vous invite sur Relais", "Membre", "Conciergerie du Quartier Bastide", email);

        // A weak password is refused with a clear message; nothing is created.
        MockHttpServletResponse weak = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("displayName", "Léa Invitée")
                        .param("password", "trop-court")
                        .param("passwordConfirmation", "trop-court"))
                .andReturn()
                .getResponse();
        assertThat(weak.getStatus()).isEqualTo(200);
        assertThat(weak.getContentAsString()).contains("au moins 12 caractères");
        MockHttpServletResponse mismatch = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("displayName", "Léa Invitée")
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD + "!"))
                .andReturn()
                .getResponse();
        assertThat(mismatch.getContentAsString()).contains("Les deux mots de passe ne sont pas identiques.");
        assertThat(accounts.findByEmail(email)).isEmpty();

        // Then the account is created, signed in, and the home page shows the site.
        Cookie session = accept(mvc, token, "Léa Invitée", NEW_PASSWORD);
        assertThat(page(mvc, session, "/").getContentAsString())
                .contains(
                        "Bonjour Léa Invitée",
                        "Conciergerie du Quartier Bastide",
                        "Bienvenue sur Relais, Léa Invitée !");
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        assertThat(accounts.grantsOf(id)).containsExactly(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE));
        assertThat(auditCount(jdbc, "INVITATION_SENT", email)).isEqualTo(1);
        assertThat(auditCount(jdbc, "INVITATION_ACCEPTED", email)).isEqualTo(1);

        // The link works once.
        MockHttpServletResponse again =
                mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("déjà été utilisée");
        WebLogin.login(mvc, email, NEW_PASSWORD);
    }

    @Test
    void unknownLinksGetAClearPage() throws Exception {
        for (String token : new String[] {"inconnu", Tokens.generate(), "<script>", "x".repeat(5000)}) {
            MockHttpServletResponse response =
                    mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(token).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("Ce lien d&#39;invitation n&#39;existe pas");
        }
        MockHttpServletResponse post = mvc.perform(post("/invitation/" + Tokens.generate())
                        .with(csrf())
                        .param("displayName", "X")
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(post.getStatus()).isEqualTo(404);
    }

    @Test
    void aSiteManagerInvitesMembersAndConciergesOfTheirOwnSitesOnly() throws Exception {
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        String html = page(mvc, manager, "/invitations/new").getContentAsString();
        assertThat(html)
                .contains("Conciergerie du Quartier Bastide")
                .doesNotContain("Conciergerie Aquitaine Logistique");
        assertThat(html).doesNotContain("value=\"ADMIN\"", "value=\"SITE_MANAGER\"");

        String email = uniqueEmail("nouveau.concierge");
        assertThat(mvc.perform(inviteRequest(manager, email, "CONCIERGE", SITE_BASTIDE, null))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/manage/people?site=" + SITE_BASTIDE);
        assertThat(lastMailTo(jdbc, email)).isPresent();

        String other = uniqueEmail("hors.perimetre");
        assertThat(mvc.perform(inviteRequest(manager, other, "MEMBER", SITE_AQUITAINE, null))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(inviteRequest(manager, other, "SITE_MANAGER", SITE_BASTIDE, null))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(inviteRequest(manager, other, "ADMIN", null, null))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(lastMailTo(jdbc, other)).isEmpty();
    }

    @Test
    void membersAndConciergesCannotInvite() throws Exception {
        for (String email : new String[] {"habitant@relais.test", "concierge@relais.test", "pressing@relais.test"}) {
            Cookie session = WebLogin.login(mvc, email);
            assertThat(page(mvc, session, "/invitations/new").getStatus())
                    .as(email)
                    .isEqualTo(403);
            assertThat(mvc.perform(inviteRequest(session, uniqueEmail("x"), "MEMBER", SITE_BASTIDE, null))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(email)
                    .isEqualTo(403);
            assertThat(page(mvc, session, "/admin/invitations").getStatus()).isEqualTo(403);
        }
    }

    @Test
    void aClientAdminInvitesEmployeesWhereTheirOrganisationHasAContract() throws Exception {
        Cookie hr = WebLogin.login(mvc, "rh@relais.test");
        assertThat(page(mvc, hr, "/").getContentAsString()).contains("Inviter des salariés");
        String email = uniqueEmail("salarie");
        assertThat(mvc.perform(inviteRequest(hr, email, "MEMBER", SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/invitations/new");
        String token = tokenIn(lastMailTo(jdbc, email).orElseThrow(), "/invitation/");
        accept(mvc, token, "Salarié Invité", NEW_PASSWORD);
        assertThat(accounts.grantsOf(accounts.findByEmail(email).orElseThrow().id()))
                .containsExactly(new RoleGrant(Role.MEMBER, SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE));

        MockHttpServletResponse noContract = mvc.perform(
                        inviteRequest(hr, uniqueEmail("ailleurs"), "MEMBER", SITE_BASTIDE, CLIENT_AQUITAINE_LOGISTIQUE))
                .andReturn()
                .getResponse();
        assertThat(noContract.getStatus()).isEqualTo(200);
        assertThat(noContract.getContentAsString()).contains("Cet employeur n&#39;a pas de contrat sur ce site.");
        assertThat(mvc.perform(inviteRequest(hr, uniqueEmail("autre"), "MEMBER", SITE_BASTIDE, CLIENT_HABITAT_GARONNE))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void badInputGivesFormErrorsAndSendsNothing() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        MockHttpServletResponse invalidEmail = mvc.perform(
                        inviteRequest(admin, "pas-une-adresse", "MEMBER", SITE_BASTIDE, null))
                .andReturn()
                .getResponse();
        assertThat(invalidEmail.getStatus()).isEqualTo(200);
        assertThat(invalidEmail.getContentAsString()).contains("Saisissez une adresse e-mail valide");

        String email = uniqueEmail("long");
        MockHttpServletResponse longName = mvc.perform(post("/invitations/new")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "N".repeat(10_000))
                        .param("role", "MEMBER")
                        .param("siteId", SITE_BASTIDE.toString()))
                .andReturn()
                .getResponse();
        assertThat(longName.getStatus()).isEqualTo(200);
        assertThat(longName.getContentAsString()).contains("Ce nom est trop long");

        MockHttpServletResponse badRole = mvc.perform(inviteRequest(admin, email, "EMPEREUR", "pas-un-id", null))
                .andReturn()
                .getResponse();
        assertThat(badRole.getStatus()).isEqualTo(200);
        assertThat(badRole.getContentAsString()).contains("Ce choix n&#39;est pas valable.");

        MockHttpServletResponse missingSite = mvc.perform(inviteRequest(admin, email, "MEMBER", null, null))
                .andReturn()
                .getResponse();
        assertThat(missingSite.getContentAsString()).contains("Choisissez un site pour ce rôle.");

        MockHttpServletResponse unknownSite = mvc.perform(
                        inviteRequest(admin, email, "MEMBER", UUID.randomUUID(), null))
                .andReturn()
                .getResponse();
        assertThat(unknownSite.getContentAsString()).contains("Ce site n&#39;existe pas.");
        assertThat(lastMailTo(jdbc, email)).isEmpty();
    }

    @Test
    void namesAreShownEscaped() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String email = uniqueEmail("html");
        mvc.perform(post("/invitations/new")
                .cookie(admin)
                .with(csrf())
                .param("email", email)
                .param("displayName", "<script>alert('x')</script>")
                .param("role", "MEMBER")
                .param("siteId", SITE_BASTIDE.toString()));
        String list = page(mvc, admin, "/admin/invitations").getContentAsString();
        assertThat(list)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void theAdminWithdrawsAPendingInvitation() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String email = uniqueEmail("retiree");
        String token = invite(mvc, jdbc, admin, email, "CONCIERGE", SITE_ECOTONE, null);
        assertThat(page(mvc, admin, "/admin/invitations").getContentAsString()).contains(email);
        UUID id = jdbc.sql("SELECT id FROM invitation WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();

        MockHttpServletResponse withdrawn = mvc.perform(post("/admin/invitations/" + id + "/revoke")
                        .cookie(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(withdrawn.getRedirectedUrl()).isEqualTo("/admin/invitations");
        assertThat(page(mvc, admin, "/admin/invitations").getContentAsString()).doesNotContain(email);
        MockHttpServletResponse link =
                mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
        assertThat(link.getStatus()).isEqualTo(410);
        assertThat(link.getContentAsString()).contains("Cette invitation a été retirée.");
        assertThat(auditCount(jdbc, "INVITATION_REVOKED", email)).isEqualTo(1);
    }

    @Test
    void aPersonWithAnAccountSignsInToAcceptTheNewRole() throws Exception {
        String email = newMember(mvc, jdbc, "deja.membre", SITE_BASTIDE);
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String token = invite(mvc, jdbc, admin, email, "MEMBER", SITE_ECOTONE, null);
        assertThat(lastMailTo(jdbc, email).orElseThrow()).contains("Vous avez déjà un compte avec cette adresse");

        MockHttpServletResponse landing =
                mvc.perform(get("/invitation/" + token)).andReturn().getResponse();
        assertThat(landing.getContentAsString())
                .contains("Vous avez déjà un compte Relais", "Me connecter pour accepter");
        MockHttpServletResponse join =
                mvc.perform(get("/invitation/" + token + "/join")).andReturn().getResponse();
        assertThat(join.getRedirectedUrl()).endsWith("/login");

        // Someone else signed in is told the invitation is not theirs, and nothing changes.
        Cookie stranger = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(page(mvc, stranger, "/invitation/" + token + "/join").getContentAsString())
                .contains("Cette invitation est destinée à");
        mvc.perform(post("/invitation/" + token + "/join").cookie(stranger).with(csrf()));

        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        assertThat(page(mvc, session, "/invitation/" + token + "/join").getContentAsString())
                .contains("Accepter l&#39;invitation");
        MockHttpServletResponse accepted = mvc.perform(
                        post("/invitation/" + token + "/join").cookie(session).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/");
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        assertThat(accounts.grantsOf(id))
                .containsExactlyInAnyOrder(
                        RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE), RoleGrant.atSite(Role.MEMBER, SITE_ECOTONE));
        assertThat(accounts.grantsOf(accounts.findByEmail("habitant@relais.test")
                        .orElseThrow()
                        .id()))
                .containsExactly(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE));
        assertThat(mvc.perform(get("/invitation/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(410);
    }

    @Test
    void invitingSomeoneToARoleTheyHoldIsRefused() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        MockHttpServletResponse response = mvc.perform(
                        inviteRequest(admin, "habitant@relais.test", "MEMBER", SITE_BASTIDE, null))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Cette personne a déjà ce rôle ici.");
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        Cookie admin = WebLogin.login(mvc, "admin@relais.test");
        String email = uniqueEmail("csrf");
        MockHttpServletResponse response = mvc.perform(post("/invitations/new")
                        .cookie(admin)
                        .param("email", email)
                        .param("displayName", "X")
                        .param("role", "MEMBER")
                        .param("siteId", SITE_BASTIDE.toString()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(lastMailTo(jdbc, email)).isEmpty();
    }
}
