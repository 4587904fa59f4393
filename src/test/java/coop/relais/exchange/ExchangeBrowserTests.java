package coop.relais.exchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The SEL in Chromium: a new neighbour joins on a phone, posts an offer and asks habitant@ to pay for an
 * hour of help; habitant@ pays from a desk; both statements show it; the neighbour contests it and
 * habitant@ agrees, which reverses it. Each page passes the accessibility audit.
 */
class ExchangeBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void aNeighbourIsPaidForAnHourThenTheExchangeIsReversedByConsent() {
        TestMember neighbour = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        newContext(PHONE);
        login(neighbour.email());
        page.navigate("/exchange");
        assertAccessible();
        page.getByLabel("J'ai lu la charte et je l'accepte").check();
        button("Rejoindre le SEL").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Bienvenue dans le SEL");

        page.getByText("Publier une offre ou une demande").click();
        page.getByLabel("Titre").fill("Courses pour les voisins");
        page.getByLabel("Description").fill("Je fais vos courses le mardi, au marché ou au supermarché.");
        button("Publier").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre annonce est publiée.");
        assertThat(page.locator("main")).containsText("Courses pour les voisins");

        page.getByLabel("Avec")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Lucien Garreau"));
        page.getByLabel("Temps, en minutes").fill("60");
        page.getByLabel("Pour quoi").fill("Courses du mardi");
        button("Je demande à être payé").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Demande envoyée");
        assertAccessible();

        newContext(DESK);
        login("habitant@relais.test");
        page.navigate("/exchange");
        assertThat(page.locator("main")).containsText("vous demande 1 h pour : Courses du mardi");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Payer").setExact(false))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Paiement enregistré.");
        assertThat(page.locator("main")).containsText("Courses du mardi");
        assertAccessible();

        newContext(PHONE);
        login(neighbour.email());
        page.navigate("/exchange");
        assertThat(page.locator(".exchange-balance")).containsText("1 h");
        page.locator("summary")
                .filter(new Locator.FilterOptions().setHasText("Contester"))
                .first()
                .click();
        page.getByLabel("Pourquoi").first().fill("Les courses ont été faites par quelqu'un d'autre");
        button("Contester cet échange").first().click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Contestation envoyée");

        newContext(DESK);
        login("habitant@relais.test");
        page.navigate("/exchange");
        button("D'accord, annuler l'échange Les courses ont été faites par quelqu'un d'autre")
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("annulé par une écriture inverse");
        assertThat(page.locator("main")).containsText("Annulation : Courses du mardi");
    }
}
