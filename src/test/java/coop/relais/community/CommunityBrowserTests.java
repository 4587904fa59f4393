package coop.relais.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.support.BrowserTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Community life in Chromium. A new neighbour, on a phone, joins the directory and finds themself by a skill,
 * registers for the compost workshop and joins the repair café's waitlist, and reports a dark hall with a photo.
 * The concierge, at the desk, takes the report and closes it, looks at who comes to the repair café, and
 * publishes an announcement that the neighbour then reads on their home page. Each page passes the
 * accessibility audit.
 */
class CommunityBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aNeighbourJoinsInAndTheDeskFollowsUp() throws Exception {
        TestMember neighbour = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        String place = "Hall C " + neighbour.id().toString().substring(0, 6);

        newContext(PHONE);
        login(neighbour.email());
        followNavigation("Communauté", "Annuaire");
        assertThat(page.locator("main")).containsText("Vous ne figurez pas dans l'annuaire");
        assertAccessible();
        page.getByLabel("J'accepte que mon nom").check();
        page.getByLabel("Quelques mots sur vous").fill("Nouvelle au quartier, j'adore la musique.");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Savoir-faire (facultatif)"))
                .fill("accordéon, chant");
        button("Enregistrer ma fiche").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre fiche est dans l'annuaire.");
        page.getByLabel("Chercher un nom, un savoir-faire").fill("accord");
        button("Chercher").click();
        assertThat(page.locator("#neighbours-heading + ul")).containsText("accordéon");
        assertAccessible();

        page.navigate("/community/events");
        assertThat(page.locator("main")).containsText("Repair café");
        button("M'inscrire Atelier compost").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Vous êtes inscrit.");
        button("M'inscrire sur la liste d'attente Repair café").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("liste d'attente, en position");
        assertAccessible();

        page.navigate("/community/reports");
        page.getByLabel("Quel problème").selectOption("LIGHTING");
        page.getByLabel("Où").fill(place);
        page.getByLabel("Ce que vous avez vu").fill("Plus aucune lumière dans le hall le soir.");
        page.getByLabel("Une photo").setInputFiles(new FilePayload("hall.png", "image/png", photo()));
        button("Envoyer le signalement").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Signalement envoyé");
        assertThat(page.locator("#my-reports + ul")).containsText(place);
        assertAccessible();

        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/community/reports");
        Locator report = page.locator("li.card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.LINK, new Page.GetByRoleOptions().setName("Éclairage : " + place))));
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Je m'en occupe " + place))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("pris en charge");
        assertAccessible();
        report.locator("summary")
                .filter(new Locator.FilterOptions().setHasText("Clore"))
                .click();
        report.getByLabel("Ce qui a été fait").fill("Ampoules changées par le syndic.");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clore le signalement"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Signalement clos");

        page.navigate("/community/events");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Repair café"))
                .click();
        assertThat(page.locator("#attendees-heading + div")).containsText("En attente");
        assertAccessible();

        page.navigate("/community/announcements");
        page.getByLabel("Titre").fill("Vide-grenier dimanche");
        page.getByLabel("Texte").fill("Dans la cour, de 9 h à 13 h. Inscriptions à la conciergerie.");
        button("Publier l'annonce").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Annonce publiée");
        assertAccessible();

        newContext(PHONE);
        login(neighbour.email());
        assertThat(page.locator("main")).containsText("Vide-grenier dimanche");
        page.navigate("/community/reports");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Éclairage : " + place))
                .click();
        assertThat(page.locator("main")).containsText("Ampoules changées par le syndic.");
        assertThat(page.locator("main img")).isVisible();
        assertAccessible();
    }
}
