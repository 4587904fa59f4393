package coop.relais.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import coop.relais.support.BrowserTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An admin invites a new member of Bastide, who accepts on their phone and lands on their site. */
class InvitationBrowserTests extends BrowserTest {

    @Test
    void anInvitedPersonJoinsBastideFromTheirPhone() {
        String email = "nouvelle.personne+" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";

        login("admin@relais.test");
        page.navigate("/invitations/new");
        assertAccessible();
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Nom affiché").fill("Nouvelle Personne");
        page.getByLabel("Rôle", new Page.GetByLabelOptions().setExact(true)).selectOption("MEMBER");
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Conciergerie du Quartier Bastide"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l'invitation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation envoyée à " + email);
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName(email).setExact(true)))
                .isVisible();

        newContext(PHONE);
        page.navigate(invitationLinkPath(email));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre invitation")))
                .isVisible();
        assertThat(page.getByText("Agnès Delmas vous invite sur Relais.")).isVisible();
        assertAccessible();
        assertThat(page.getByLabel("Nom affiché")).hasValue("Nouvelle Personne");
        page.getByLabel("Nouveau mot de passe").fill("mon jardin fleuri en avril");
        page.getByLabel("Confirmez le mot de passe").fill("mon jardin fleuri en avril");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte"))
                .click();

        page.waitForURL(baseUrl() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour Nouvelle Personne")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Conciergerie du Quartier Bastide")))
                .isVisible();
        assertAccessible();

        page.navigate("/profile");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon profil")))
                .isVisible();
        assertAccessible();
    }

    @Test
    void theProfilePageIsAccessibleOnADeskScreen() {
        login("habitant@relais.test");
        page.navigate("/profile");
        page.getByLabel("Nom du jeton").fill("Essai navigateur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un jeton"))
                .click();
        assertThat(page.getByText("Copiez-le maintenant")).isVisible();
        assertAccessible();
    }

    /**
     * The invitation link from the e-mail received over SMTP (the text body carries the link); only
     * its path is kept, since the page is opened on the test server's own address.
     */
    private String invitationLinkPath(String email) {
        String text = MAILBOX.awaitText(email, "/invitation/");
        Matcher link =
                Pattern.compile("https?://\\S+?(/invitation/[A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("invitation link in " + text).isTrue();
        return link.group(1);
    }
}
