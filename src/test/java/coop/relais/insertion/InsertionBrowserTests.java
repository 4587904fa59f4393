package coop.relais.insertion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Work integration in Chromium: the coach, at a desk, opens Karim's record from what waits for her and validates
 * a skill from the desk work that shows it; Karim, on his phone, reads his path (the skill validated, his next
 * meeting, never the coach's private note); the admin reads the funders' figures. Each page passes the
 * accessibility audit.
 */
class InsertionBrowserTests extends BrowserTest {

    @Test
    void theCoachValidatesASkillFromItsEvidenceAndKarimReadsHisPathOnAPhone() {
        newContext(DESK);
        login("coach@relais.test");
        page.navigate("/insertion");
        assertThat(page.locator("main")).containsText("Compétences à valider");
        assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Karim Benali").setExact(true))
                .first()
                .click();
        Locator logistics = page.locator(".card").filter(new Locator.FilterOptions().setHasText("Logistique et stock"));
        assertThat(logistics).containsText("colis rangés en");
        assertThat(page.locator("main")).containsText("Fatigue en fin de semaine");
        assertAccessible();
        logistics.getByLabel("Niveau").selectOption("2");
        logistics
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Valider Logistique et stock"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Compétence validée au niveau 2.");
        assertThat(page.locator(".card").filter(new Locator.FilterOptions().setHasText("Logistique et stock")))
                .containsText("Validé par Nadia Roux");

        newContext(PHONE);
        login("concierge@relais.test");
        page.navigate("/insertion/me");
        assertThat(page.locator("h1")).hasText("Mon parcours");
        assertThat(page.locator("main")).containsText("Nadia Roux");
        assertThat(page.locator(".card").filter(new Locator.FilterOptions().setHasText("Logistique et stock")))
                .containsText("Niveau 2");
        assertThat(page.locator("#next-heading + p, #next-heading ~ p").first())
                .not()
                .containsText("Pas de rendez-vous");
        assertThat(page.locator("main")).not().containsText("Fatigue en fin de semaine");
        assertAccessible();

        newContext(DESK);
        login("admin@relais.test");
        page.navigate("/insertion/report");
        assertThat(page.locator("main")).containsText("Taux de sorties dynamiques");
        assertAccessible();
    }
}
