package coop.relais.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import coop.relais.support.BrowserTest;
import org.junit.jupiter.api.Test;

class LoginBrowserTests extends BrowserTest {

    @Test
    void memberLogsInOnAPhoneAndSeesTheirSite() {
        newContext(PHONE);
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
        assertAccessible();
        login("habitant@relais.test");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bonjour Lucien Garreau")))
                .isVisible();
        // What waits for the member comes first; the opening hours are folded below.
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ce qui vous attend")))
                .isVisible();
        assertThat(page.locator(".waiting-item").first()).isInViewport();
        assertAccessible();
        page.getByText("Voir les horaires d'ouverture").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Horaires d'ouverture")))
                .isVisible();
    }

    @Test
    void wrongPasswordShowsAFrenchMessage() {
        page.navigate("/login");
        page.getByLabel("Adresse e-mail").fill("habitant@relais.test");
        page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void languageSwitchShowsEnglish() {
        login("admin@relais.test");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Agnès Delmas"))
                .click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByText("The network in figures")).isVisible();
        assertAccessible();
    }
}
