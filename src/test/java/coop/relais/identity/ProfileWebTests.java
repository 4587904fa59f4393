package coop.relais.identity;

import static coop.relais.identity.IdentityFixtures.*;
import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ProfileWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private MockHttpServletResponse saveProfile(Cookie session, String name, String phone, String language)
            throws Exception {
        return mvc.perform(post("/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("displayName", name)
                        .param("phone", phone)
                        .param("language", language))
                .andReturn()
                .getResponse();
    }

    @Test
    void aMemberSeesTheirOwnProfileOnly() throws Exception {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(page(mvc, session, "/profile").getContentAsString())
                .contains("Mon profil", "Lucien Garreau", "habitant@relais.test", "06 12 00 00 05")
                .doesNotContain("Inès Carvalho");
        assertThat(page(mvc, session, "/admin/people/" + ACCOUNT_SALARIE).getStatus())
                .isEqualTo(403);
        assertThat(page(mvc, session, "/profile/" + ACCOUNT_SALARIE).getStatus())
                .isIn(403, 404);
    }

    @Test
    void savingTheLanguageSwitchesTheInterface() throws Exception {
        String email = newMember(mvc, jdbc, "anglophone", SITE_BASTIDE);
        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        MockHttpServletResponse saved = saveProfile(session, "Emma Smith", "+33 6 12 34 56 78", "en");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        Cookie language = saved.getCookie("relais-lang");
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");
        assertThat(mvc.perform(get("/profile").cookie(session, language))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("My profile", "Emma Smith", "+33 6 12 34 56 78");
        assertThat(accounts.findByEmail(email).orElseThrow().language()).isEqualTo("en");

        // The next sign-in, anywhere, opens in English.
        MockHttpServletResponse login = mvc.perform(
                        post("/login").with(csrf()).param("email", email).param("password", NEW_PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
        assertThat(login.getCookie("relais-lang").getValue()).isEqualTo("en");
    }

    @Test
    void badProfileInputGivesFormErrorsAndHtmlIsShownEscaped() throws Exception {
        String email = newMember(mvc, jdbc, "saisie", SITE_BASTIDE);
        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        MockHttpServletResponse tooLong = saveProfile(session, "N".repeat(10_000), "", "fr");
        assertThat(tooLong.getStatus()).isEqualTo(200);
        assertThat(tooLong.getContentAsString()).contains("Ce nom est trop long");
        assertThat(saveProfile(session, "Nom", "appelez-moi", "fr").getContentAsString())
                .contains("Saisissez un numéro de téléphone");
        assertThat(saveProfile(session, "Nom", "", "de").getContentAsString())
                .contains("Choisissez le français ou l&#39;anglais.");
        assertThat(saveProfile(session, "   ", "", "fr").getContentAsString()).contains("Ce champ est obligatoire.");

        assertThat(saveProfile(session, "<img src=x onerror=alert(1)>", "", "fr")
                        .getRedirectedUrl())
                .isEqualTo("/profile");
        assertThat(page(mvc, session, "/profile").getContentAsString())
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() throws Exception {
        String email = newMember(mvc, jdbc, "motdepasse", SITE_BASTIDE);
        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        String next = "encore une autre phrase";
        assertThat(changePassword(session, "pas le bon", next, next).getContentAsString())
                .contains("Le mot de passe actuel n&#39;est pas le bon.");
        assertThat(changePassword(session, NEW_PASSWORD, "court", "court").getContentAsString())
                .contains("au moins 12 caractères");
        assertThat(changePassword(session, NEW_PASSWORD, next, next + "x").getContentAsString())
                .contains("Les deux mots de passe ne sont pas identiques.");
        assertThat(changePassword(session, NEW_PASSWORD, next, next).getRedirectedUrl())
                .isEqualTo("/profile");
        assertThat(page(mvc, session, "/profile").getStatus()).isEqualTo(200);
        WebLogin.login(mvc, email, next);
        assertThat(auditCount(jdbc, "PASSWORD_CHANGED", email)).isEqualTo(1);
    }

    private MockHttpServletResponse changePassword(Cookie session, String current, String password, String confirmation)
            throws Exception {
        return mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .with(from(randomIp()))
                        .param("currentPassword", current)
                        .param("password", password)
                        .param("passwordConfirmation", confirmation))
                .andReturn()
                .getResponse();
    }

    @Test
    void personalApiTokensAreShownOnceListedAndRevoked() throws Exception {
        String email = newMember(mvc, jdbc, "jetons", SITE_BASTIDE);
        Cookie session = WebLogin.login(mvc, email, NEW_PASSWORD);
        MockHttpServletResponse created = mvc.perform(
                        post("/profile/tokens").cookie(session).with(csrf()).param("name", "Tableur <RH>"))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/profile#tokens");

        // The page after the redirect shows the token once; the next visit lists its name only.
        String first = page(mvc, session, "/profile").getContentAsString();
        Matcher matcher = Pattern.compile("value=\"(rls_[A-Za-z0-9_-]+)\"").matcher(first);
        assertThat(matcher.find()).as("the new token is shown").isTrue();
        String token = matcher.group(1);
        assertThat(first).contains("Copiez-le maintenant", "Tableur &lt;RH&gt;").doesNotContain("Tableur <RH>");
        assertThat(page(mvc, session, "/profile").getContentAsString())
                .doesNotContain(token)
                .contains("Tableur &lt;RH&gt;", token.substring(0, 8));

        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        UUID tokenId = jdbc.sql("SELECT id FROM api_token WHERE name = 'Tableur <RH>' AND account_id = ?")
                .param(accountId(jdbc, email))
                .query(UUID.class)
                .single();
        // Someone else cannot revoke it.
        Cookie other = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(mvc.perform(post("/profile/tokens/" + tokenId + "/revoke")
                                .cookie(other)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/profile/tokens/" + tokenId + "/revoke")
                                .cookie(session)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/profile#tokens");
        assertThat(page(mvc, session, "/profile").getContentAsString()).doesNotContain("Tableur &lt;RH&gt;");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);

        MockHttpServletResponse noName = mvc.perform(
                        post("/profile/tokens").cookie(session).with(csrf()).param("name", ""))
                .andReturn()
                .getResponse();
        assertThat(noName.getStatus()).isEqualTo(200);
        assertThat(noName.getContentAsString()).contains("Ce champ est obligatoire.");
    }
}
