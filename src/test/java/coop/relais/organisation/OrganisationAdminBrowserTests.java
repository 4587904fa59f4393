package coop.relais.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The head office sets up a site and a client organisation in a real browser, on a desk screen. */
class OrganisationAdminBrowserTests extends BrowserTest {

    /** The desk viewport, with patience for a shared, busy test machine. */
    private void desk() {
        newContext(DESK);
        context.setDefaultTimeout(60_000);
    }

    @Test
    void adminCreatesASiteWithOpeningHoursAndFindsItByLiveSearch() {
        desk();
        login("admin@relais.test");
        page.navigate("/admin/sites");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sites")))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau site"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nouveau site")))
                .isVisible();
        assertAccessible();

        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Conciergerie des Chartrons " + marker;
        page.getByLabel("Nom du site").fill(name);
        page.getByLabel("Type de conciergerie").selectOption("NEIGHBOURHOOD");
        page.getByLabel("Rue et numéro").fill("15 rue Notre-Dame");
        page.getByLabel("Code postal").fill("33000");
        page.getByLabel("Ville").fill("Bordeaux");
        page.getByLabel("Téléphone").fill("05 56 00 12 34");
        page.locator("#day0-opens1").fill("08:30");
        page.locator("#day0-closes1").fill("12:30");
        page.locator("#day0-opens2").fill("14:00");
        page.locator("#day0-closes2").fill("19:00");
        page.locator("#day5-opens1").fill("09:00");
        page.locator("#day5-closes1").fill("12:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le site"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Site « " + name + " » créé.");
        assertThat(page.locator("#day0-opens2")).hasValue("14:00");
        assertThat(page.locator("#day5-closes1")).hasValue("12:00");
        assertAccessible();

        page.navigate("/admin/sites");
        page.getByLabel("Rechercher (nom, ville, SIRET…)").pressSequentially(marker);
        assertThat(page.locator("#site-results tbody tr")).hasCount(1);
        assertThat(page.locator("#site-results")).containsText(name);
    }

    @Test
    void siteListAndFormFitAPhoneScreen() {
        newContext(PHONE);
        context.setDefaultTimeout(60_000);
        login("admin@relais.test");
        page.navigate("/admin/sites");
        assertThat(page.locator("#site-results")).containsText("Conciergerie du Quartier Bastide");
        org.assertj.core.api.Assertions.assertThat(fitsTheScreen())
                .as("no sideways scrolling on the site list")
                .isTrue();
        assertAccessible();
        page.navigate("/admin/sites/new");
        assertThat(page.locator("#day6-closes2")).isVisible();
        org.assertj.core.api.Assertions.assertThat(fitsTheScreen())
                .as("no sideways scrolling on the site form")
                .isTrue();
    }

    private boolean fitsTheScreen() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    @Test
    void adminCreatesAClientOrganisationAfterAnInvalidSiretIsRefusedInFrench() {
        desk();
        login("admin@relais.test");
        page.navigate("/admin/organisations/new");
        String name =
                "Coopérative des Chartrons " + UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Raison sociale").fill(name);
        page.getByLabel("Type d'organisation").selectOption("EMPLOYER");
        page.getByLabel("SIRET").fill("732 829 320 00075");
        page.getByLabel("Rue et numéro").fill("15 rue Notre-Dame");
        page.getByLabel("Code postal").fill("33000");
        page.getByLabel("Ville").fill("Bordeaux");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l'organisation"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le formulaire contient des erreurs");
        assertThat(page.locator("#siret-error"))
                .hasText("Ce SIRET n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez les chiffres.");
        assertThat(page.getByLabel("Raison sociale")).hasValue(name);
        assertAccessible();

        page.getByLabel("SIRET").fill("732 829 320 00074");
        page.getByLabel("Numéro de TVA intracommunautaire").fill("FR44732829320");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l'organisation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Organisation « " + name + " » créée.");
        assertThat(page.getByLabel("SIRET")).hasValue("73282932000074");
        assertAccessible();
    }
}
