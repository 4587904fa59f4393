package coop.relais.reuse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The reuse shop in Chromium, at the counter: a bag of clothes weighed in with its tare and its receipt opened
 * for the donor, the month's kilos sorted out to recycling, a chair sold by card; on a desk and on a phone, each
 * page passing the accessibility audit.
 */
class ReuseBrowserTests extends BrowserTest {

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }

    @Test
    void theCounterWeighsInSortsOutAndSells() {
        for (int[] screen : new int[][] {DESK, PHONE}) {
            newContext(screen);
            login("concierge@relais.test");
            page.navigate("/reuse");
            assertAccessible();

            page.locator("#in-category").selectOption("TEXTILE");
            page.getByLabel("Poids brut (kg)").fill("6,4");
            page.getByLabel("Tare du contenant (kg)").fill("0,4");
            button("Enregistrer le don");
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("6,00 kg net");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imprimer le reçu du don"))
                    .click();
            assertThat(page.locator("main")).containsText("6");
            assertAccessible();

            page.navigate("/reuse");
            page.locator("#out-category").selectOption("TEXTILE");
            page.locator("#out-stream").selectOption("RECYCLING");
            page.locator("#out-kg").fill("2");
            button("Enregistrer la sortie");
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Sortie de 2,00 kg enregistrée.");

            page.locator("#sale-category").selectOption("FURNITURE");
            page.getByLabel("Prix (€, TTC)").fill("8,50");
            page.getByLabel("Objet vendu").fill("Chaise paillée");
            page.getByLabel("Carte").check();
            button("Enregistrer la vente");
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("8,50 €");
            assertThat(page.locator("#sale-heading + div")).containsText("Chaise paillée");
            assertAccessible();
        }
    }
}
