package coop.relais.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_ADMIN;
import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.PROVIDER_CORDONNERIE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.catalogue.internal.CatalogueEditing;
import coop.relais.catalogue.internal.Offer;
import coop.relais.catalogue.internal.PayerChoice;
import coop.relais.catalogue.internal.SiteService;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.BrowserTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue in Chromium: a resident on a phone, the site manager at a desk. */
class CatalogueBrowserTests extends BrowserTest {

    @Autowired
    CatalogueEditing editing;

    /** A busy build machine may take longer than the default to render a first page. */
    @Override
    protected Page newContext(int[] viewport) {
        Page opened = super.newContext(viewport);
        context.setDefaultTimeout(45_000);
        return opened;
    }

    @Test
    void residentFindsAShirtOnAPhoneAndOpensIt() {
        newContext(PHONE);
        login("habitant@relais.test");
        // A member's menu holds more links than fit flat: the catalogue is under « Services ».
        followNavigation("Services", "Catalogue");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Catalogue").setExact(true)))
                .isVisible();
        assertThat(page.locator("#catalogue-results")).containsText("Portage de repas pour seniors");
        assertAccessible();

        page.waitForLoadState(); // htmx is listening once the page has loaded
        page.getByLabel("Rechercher un service").fill("chemise");
        Locator results = page.locator("#catalogue-results");
        assertThat(results).not().containsText("Repassage au kilo");
        assertThat(results).containsText("Pressing — chemise");
        assertThat(results).containsText("1 service");
        assertThat(page).hasURL(Pattern.compile(".*/catalogue\\?.*q=chemise.*"));
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Pressing — chemise")
                                .setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/catalogue/offers/" + OFFER_BASTIDE_CHEMISE));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pressing — chemise")))
                .isVisible();
        assertThat(page.locator("main")).containsText("3,90 € la pièce");
        assertThat(page.locator("main")).containsText("TTC, dont TVA 20 %");
        assertThat(page.locator("main")).containsText("Pressing Solidaire");
        assertThat(page.locator("main")).containsText("Prêt en 2 jours ouvrés");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Commander")))
                .hasAttribute("href", "/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE);
        assertAccessible();
    }

    @Test
    void siteManagerChangesAPriceAndTheResidentSeesIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String serviceName = "Cirage de chaussures " + unique;
        UUID offerId = anOfferAtBastide(serviceName);

        newContext(DESK);
        login("gerante@relais.test");
        page.navigate("/manage/catalogue/" + SITE_BASTIDE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Catalogue du site")))
                .isVisible();
        assertAccessible();

        page.locator("#offer-" + offerId).getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Modifier l'offre")))
                .isVisible();
        assertThat(page.getByLabel("Prix TTC en euros")).hasValue("10.00");
        assertAccessible();

        page.getByLabel("Prix TTC en euros").fill("-4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#price-error")).hasText("Le montant ne peut pas être négatif.");
        assertAccessible();

        page.getByLabel("Prix TTC en euros").fill("12,40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Offre enregistrée");
        assertThat(page.locator("#offer-" + offerId)).containsText("12,40 €");

        page.navigate("/manage/catalogue/" + SITE_BASTIDE + "/services/new");
        assertAccessible();

        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/catalogue?q=" + unique);
        assertThat(page.locator("#catalogue-results")).containsText(serviceName);
        assertThat(page.locator("#catalogue-results")).containsText("12,40 €");
        assertThat(page.locator("#catalogue-results")).not().containsText("10,00 €");
    }

    /** A fixed-price offer of 10,00 € made for this test, so the demo prices stay as they are. */
    private UUID anOfferAtBastide(String serviceName) {
        CurrentUser admin =
                new CurrentUser(ACCOUNT_ADMIN, "admin@relais.test", "Admin", "fr", List.of(RoleGrant.admin()));
        UUID category = editing.createCategory(admin, SITE_BASTIDE, "Chaussures " + serviceName.substring(21));
        UUID service = editing.createService(
                admin,
                SITE_BASTIDE,
                new SiteService.Draft(serviceName, "Cirage et lustrage d'une paire.", category, false, null, true));
        return editing.createOffer(
                admin,
                SITE_BASTIDE,
                new Offer.Draft(
                        service,
                        PROVIDER_CORDONNERIE,
                        PriceModel.FIXED,
                        null,
                        new BigDecimal("10.00"),
                        new BigDecimal("20"),
                        1,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        PayerChoice.MEMBER,
                        null,
                        null,
                        null,
                        null,
                        true));
    }
}
