package coop.relais.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.desk.internal.DeskDemoData;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A morning at the desk in counter mode, in Chromium: parcels registered and handed over by code, a
 * badge activation from the social landlord done at the desk, the desk opened and closed with a cash
 * difference; every counter page audited for accessibility, on a tablet and on a phone.
 */
class DeskBrowserTests extends BrowserTest {

    private static final Pattern CODE = Pattern.compile("code de retrait :\\s*(\\d{6})");

    @Autowired
    DeskJournal journal;

    @Autowired
    RelaisUserDetailsService users;

    /**
     * The first page a fresh server renders can take long on a busy machine (templates and the layout
     * dialect load lazily): render one before the browser's timeouts start counting.
     */
    @BeforeAll
    void warmUp() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofMinutes(3))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** The e-mail the member received for this parcel, read from the outbox (sent later by the sender). */
    /** The e-mail the person received over SMTP about this parcel; exactly one. */
    private String emailAbout(String recipient, String tracking) {
        String text = MAILBOX.awaitText(recipient, tracking);
        assertThat(MAILBOX.count(recipient, tracking))
                .as("e-mails to " + recipient + " about " + tracking)
                .isEqualTo(1);
        return text;
    }

    private static String pickupCode(String email) {
        Matcher matcher = CODE.matcher(email);
        assertThat(matcher.find()).as("a pickup code in: " + email).isTrue();
        return matcher.group(1);
    }

    private Locator flash() {
        return page.locator("#flash");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void theDeskRegistersTwoParcelsAndHandsOneOverByCode() {
        newContext(TABLET);
        login("concierge@relais.test");
        page.navigate("/desk");
        assertAccessible();

        link("Nouveau colis Un colis ou du courrier arrive").click();
        page.waitForLoadState(); // htmx is listening once the page has loaded
        page.getByLabel("Nom, e-mail, téléphone ou entreprise").fill("Garreau");
        page.locator("#recipient-results").getByText("Lucien Garreau").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nouveau colis pour Lucien Garreau");
        assertAccessible();

        String first = DeskFixtures.tracking();
        page.getByLabel("Numéro de suivi").fill(first);
        page.getByLabel("Transporteur").selectOption("Colissimo");
        page.locator("label[for='size-SMALL']").click();
        button("Enregistrer le colis").click();
        assertThat(flash()).containsText("Colis enregistré pour Lucien Garreau : Colissimo, étagère G.");

        String second = DeskFixtures.tracking();
        page.getByLabel("Numéro de suivi").fill(second);
        page.getByLabel("Numéro de suivi").press("Enter");
        assertThat(flash()).containsText("Colis enregistré pour Lucien Garreau");
        assertThat(page.locator("table")).containsText(first);
        assertThat(page.locator("table")).containsText(second);

        String email = emailAbout("habitant@relais.test", second);
        assertThat(email).contains("Bonjour Lucien Garreau", "Colissimo");
        String code = pickupCode(email);
        assertThat(pickupCode(emailAbout("habitant@relais.test", first))).isNotEqualTo(code);

        link("Terminé").click();
        link("Remettre un colis").first().click();
        page.getByLabel("Code de retrait, nom ou numéro de suivi").fill(code);
        page.getByLabel("Code de retrait, nom ou numéro de suivi").press("Enter");
        assertThat(page.locator("#handover-results")).containsText("Code reconnu : colis de Lucien Garreau");
        assertAccessible();
        page.locator("#handover-results").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByLabel("Code donné par la personne (6 chiffres)")).hasValue(code);
        assertAccessible();
        button("Vérifier le code et remettre").click();

        assertThat(flash()).containsText("Colis remis à Lucien Garreau (Colissimo, étagère G).");
        assertThat(flash()).containsText("pour Lucien Garreau");
        assertThat(page.locator("#handover-results")).containsText(first);
        assertThat(page.locator("#handover-results")).not().containsText(second);
    }

    @Test
    void onAPhoneTheParcelListAndTheLandlordsRequestsAreCardsThatDoNotScrollSideways() {
        for (String[] visit :
                new String[][] {{"concierge@relais.test", "/desk/parcels"}, {"bailleur@relais.test", "/requests"}}) {
            newContext(PHONE);
            login(visit[0]);
            page.navigate(visit[1]);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            Number overflow = (Number)
                    page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue())
                    .as(visit[1] + " scrolls sideways by")
                    .isLessThanOrEqualTo(0);
            Number tableRowsAsCards =
                    (Number) page.evaluate("Array.from(document.querySelectorAll('table.table-cards tr'))"
                            + ".filter(r => getComputedStyle(r).display === 'block').length");
            assertThat(tableRowsAsCards.intValue())
                    .as(visit[1] + " rows shown as cards")
                    .isPositive();
            assertAccessible();
        }
    }

    @Test
    void thePrintButtonOfTheShelfListOpensThePrintDialogOnce() {
        login("concierge@relais.test");
        page.addInitScript("window.__prints = 0; window.print = () => { window.__prints++; };");
        page.navigate("/desk/parcels");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.getByText("Autres actions").click();
        button("Imprimer la liste").click();
        assertThat(((Number) page.evaluate("window.__prints")).intValue()).isEqualTo(1);
    }

    @Test
    void theLandlordFilesABadgeActivationTheDeskCompletesItAndTheLandlordSeesItDone() {
        String tenant = "M. Karim Test " + UUID.randomUUID().toString().substring(0, 6);

        newContext(PHONE);
        login("bailleur@relais.test");
        page.navigate("/requests");
        assertAccessible();
        link("Nouvelle demande").click();
        assertThat(page.getByLabel("Activation de badge d'entrée", new Page.GetByLabelOptions().setExact(false)))
                .isChecked();
        page.getByLabel("Pour qui ?").fill(tenant);
        page.getByLabel("Logement ou bureau (facultatif)").fill("Bâtiment A, appartement 7");
        page.getByLabel("Numéro de badge, de clé… (facultatif)").fill("BDG-9001");
        assertAccessible();
        button("Envoyer la demande").click();
        assertThat(flash()).containsText("envoyée à la Conciergerie du Quartier Bastide");
        assertThat(page.locator("main")).containsText("En attente");

        newContext(TABLET);
        login("concierge@relais.test");
        page.navigate("/desk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Demandes à la carte")))
                .click();
        assertAccessible();
        page.locator("li.card", new Page.LocatorOptions().setHasText(tenant))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(page.locator("main")).containsText("BDG-9001");
        page.getByLabel("Ce qui a été fait").fill("Badge BDG-9001 activé et remis au gardien.");
        assertAccessible();
        button("Marquer comme faite").click();
        assertThat(flash()).containsText("marquée comme faite. Habitat Garonne est prévenu.");

        newContext(PHONE);
        login("bailleur@relais.test");
        page.navigate("/requests");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(tenant));
        assertThat(row).containsText("Faite");
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("main")).containsText("Badge BDG-9001 activé et remis au gardien.");
        assertThat(page.locator("main")).containsText("Karim Benali");
        assertAccessible();
    }

    @Test
    void theDeskOpensAndClosesWithACashDifference() {
        CurrentUser concierge = ((coop.relais.shared.security.CurrentUserSource)
                        users.loadUserByUsername("concierge@relais.test"))
                .currentUser();
        DeskDayView today = journal.day(concierge, SITE_BASTIDE, null);
        if (today.open()) {
            journal.close(concierge, SITE_BASTIDE, today.currentFloat(), "fermeture avant le test");
        }

        newContext(TABLET);
        login("concierge@relais.test");
        page.navigate("/desk");
        assertThat(page.locator(".desk-status")).containsText("Le comptoir est fermé.");
        link("Ouvrir le comptoir").click();
        assertAccessible();
        page.getByLabel("Fond de caisse (espèces dans la caisse)").fill("150,00");
        button("Ouvrir le comptoir").click();
        assertThat(flash()).containsText("Comptoir ouvert. Fond de caisse : 150,00 €.");
        assertThat(page.locator(".desk-status")).containsText("Le comptoir est ouvert.");

        link("Fermer le comptoir").click();
        assertThat(page.locator("main")).containsText("Fond de caisse à l'ouverture : 150,00 €");
        page.getByLabel("Espèces comptées dans la caisse").fill("cent quarante");
        button("Fermer le comptoir").click();
        assertThat(page.locator(".invalid-feedback")).containsText("Ce n'est pas un montant");
        assertAccessible();

        page.getByLabel("Espèces comptées dans la caisse").fill("142,50");
        page.getByLabel("Explication d'un écart (facultatif)").fill("Erreur de rendu de monnaie");
        button("Fermer le comptoir").click();
        assertThat(flash())
                .containsText("Comptoir fermé. Espèces comptées : 142,50 € ; attendu : 150,00 € ; écart : −7,50 €.");
        assertThat(page.locator("main")).containsText("il manque de l'argent");
        assertThat(page.locator("main")).containsText("Erreur de rendu de monnaie");
        assertAccessible();
    }

    @Test
    void counterPagesPassTheAccessibilityAuditOnATabletAndAPhone() {
        for (int[] screen : new int[][] {TABLET, PHONE}) {
            newContext(screen);
            login("concierge@relais.test");
            for (String path : new String[] {
                "/desk",
                "/desk/parcels",
                "/desk/parcels/new?q=garr",
                "/desk/handover?q=Garreau",
                "/desk/parcels/" + DeskDemoData.PARCEL_BASTIDE_CHRONOPOST + "/handover",
                "/desk/parcels/" + DeskDemoData.PARCEL_BASTIDE_CHRONOPOST + "/return",
                "/desk/members?q=Garreau",
                "/desk/requests",
                "/desk/requests/" + DeskDemoData.REQUEST_BADGE,
                "/desk/journal",
                "/desk/journal/note?kind=INCIDENT",
                "/desk/settings"
            }) {
                page.navigate(path);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .isVisible();
                assertAccessible();
            }
        }

        newContext(TABLET);
        login("gerante@relais.test");
        switchSite("Conciergerie Campus Écotone");
        page.navigate("/desk/copiers");
        assertThat(page.locator("main")).containsText("Copieur partagé du hall");
        assertAccessible();
        link("Relever les compteurs Copieur partagé du hall").click();
        page.waitForLoadState(); // the company list sends itself once the page's script is there
        page.getByLabel("Entreprise").selectOption("Écotone Numérique SAS");
        assertThat(page.locator("main")).containsText("Dernier relevé");
        assertAccessible();

        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/me/parcels");
        assertThat(page.locator(".pickup-code").first()).isVisible();
        assertAccessible();
    }
}
