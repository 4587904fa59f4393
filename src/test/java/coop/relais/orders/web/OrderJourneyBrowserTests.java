package coop.relais.orders.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.identity.internal.AccountRepository;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.BrowserTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The concierge loop in Chromium across four accounts: the member on a phone, the concierge at the
 * desk, the provider on a phone, and the pickup code from the member's e-mail.
 */
class OrderJourneyBrowserTests extends BrowserTest {

    private static final Pattern ORDER_URL = Pattern.compile(".*/orders/([0-9a-f-]{36})$");

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Locator card(String reference) {
        return page.locator("li.board-card", new Page.LocatorOptions().setHasText(reference));
    }

    /** Places an order as the member, on a phone; returns {id, reference}. */
    private String[] memberOrders(String email, UUID offerId, String quantity, String note) {
        newContext(PHONE);
        login(email);
        page.navigate("/orders/new?offerId=" + offerId);
        assertAccessible();
        page.getByLabel("Quantité").fill(quantity);
        page.getByLabel("Précisions pour la conciergerie et le prestataire (facultatif)")
                .fill(note);
        page.getByRole(AriaRole.BUTTON, named("Passer la commande")).click();
        page.waitForURL(ORDER_URL.asPredicate());
        Matcher url = ORDER_URL.matcher(page.url());
        assertThat(url.matches()).isTrue();
        String heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                .textContent();
        String reference = heading.replaceAll(".*(CMD-\\d{4}-\\d{6}).*", "$1");
        return new String[] {url.group(1), reference};
    }

    /** The pickup code, as the member reads it in the e-mail delivered over SMTP. */
    private String pickupCodeFromEmail(String memberEmail, String reference) {
        String text = MAILBOX.awaitText(memberEmail, "votre commande est prête à retirer (" + reference + ")");
        assertThat(MAILBOX.count(memberEmail, "votre commande est prête à retirer (" + reference + ")"))
                .as("one e-mail only")
                .isEqualTo(1);
        Matcher code = Pattern.compile("code de retrait\\D*(\\d{6})").matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    @Test
    void fromTheMembersPhoneThroughTheDeskAndTheProviderBackToTheMember() {
        // 1. The member orders 3 shirts on a phone.
        String[] order = memberOrders("habitant@relais.test", OFFER_BASTIDE_CHEMISE, "3", "Amidon léger");
        String id = order[0];
        String reference = order[1];
        assertThat(page.locator(".status-badge").first()).hasText("Transmise");
        assertThat(page.getByText("11,70 €").first()).isVisible();
        assertAccessible();

        // 2. The concierge accepts it and dispatches it to Pressing Solidaire from the desk board.
        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/orders/board");
        assertThat(card(reference)).isVisible();
        assertAccessible();
        card(reference)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.locator("#flash")).containsText("Acceptée par la conciergerie");
        card(reference)
                .getByLabel("Prestataire")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Pressing Solidaire"));
        card(reference)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer au prestataire"))
                .click();
        assertThat(card(reference).locator(".status-badge")).hasText("Confiée au prestataire");

        // 3. The provider, on a phone, starts the job and marks it ready.
        newContext(PHONE);
        login("pressing@relais.test");
        page.navigate("/provider/jobs");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named(reference)).click();
        assertThat(page.getByText("Amidon léger")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Accepter la mission")).click();
        page.getByRole(AriaRole.BUTTON, named("Commencer")).click();
        assertThat(page.locator("h1 + .status-badge, .status-badge").first()).hasText("En cours");
        page.getByRole(AriaRole.BUTTON, named("Marquer prête")).click();
        assertThat(page.locator(".status-badge").first()).hasText("Prête à retirer");
        assertAccessible();

        // 4. The member gets the pickup code by e-mail (and sees it on the order).
        String code = pickupCodeFromEmail("habitant@relais.test", reference);

        // 5. At the desk, a wrong code first: a clear message; then the right one.
        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/orders/board");
        String wrong = code.equals("000000") ? "111111" : "000000";
        card(reference).getByLabel("Code de retrait donné par le membre").fill(wrong);
        card(reference)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Remettre").setExact(true))
                .first()
                .click();
        assertThat(page.locator("#flash")).containsText("Ce code de retrait n'est pas le bon. Essais restants : 4.");
        card(reference).getByLabel("Code de retrait donné par le membre").fill(code);
        card(reference)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Remettre").setExact(true))
                .first()
                .click();
        assertThat(page.locator("#flash")).containsText("Remise");
        assertThat(card(reference)).hasCount(0);

        // 6. The member's timeline shows the order delivered.
        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/orders/" + id);
        assertThat(page.locator(".status-badge").first()).hasText("Remise");
        assertThat(page.locator(".timeline li").last()).containsText("Remise");
        assertThat(page.getByText("Votre code de retrait")).hasCount(0);
        assertAccessible();
    }

    @Test
    void theQuoteJourney() {
        CurrentUser atelier = new TestPeople(accounts, passwords).providerStaff(PROVIDER_RETOUCHES);
        String[] order = memberOrders("habitant@relais.test", OFFER_BASTIDE_RETOUCHES, "1", "Ourlet de 3 cm");
        String id = order[0];
        String reference = order[1];
        assertThat(page.locator(".status-badge").first()).hasText("Devis demandé");

        newContext(PHONE);
        login(atelier.email());
        page.navigate("/provider/jobs");
        page.getByRole(AriaRole.LINK, named(reference)).click();
        page.getByLabel("Montant TTC du devis (€)").fill("24.50");
        page.getByLabel("Détail du devis (facultatif)").fill("Ourlet simple");
        page.getByRole(AriaRole.BUTTON, named("Envoyer le devis")).click();
        assertThat(page.locator(".status-badge").first()).hasText("Devis reçu");

        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/orders/" + id);
        assertThat(page.getByText("24,50 €").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Accepter le devis")).click();
        assertThat(page.locator(".status-badge").first()).hasText("Confiée au prestataire");
        assertThat(page.locator(".timeline")).containsText("Devis accepté");

        newContext(PHONE);
        login(atelier.email());
        page.navigate("/provider/jobs/" + id);
        page.getByRole(AriaRole.BUTTON, named("Commencer")).click();
        page.getByRole(AriaRole.BUTTON, named("Marquer prête")).click();
        assertThat(page.locator(".status-badge").first()).hasText("Prête à retirer");

        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/orders/" + id);
        page.getByText("Sans code : vérifier la pièce d'identité").click();
        page.getByLabel("J'ai vérifié la pièce d'identité").check();
        page.getByLabel("Nom de la personne qui retire", new Page.GetByLabelOptions().setExact(true))
                .fill("Lucien Garreau");
        page.locator("details[open]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remettre"))
                .click();
        assertThat(page.locator(".status-badge").first()).hasText("Remise");
        assertThat(page.getByText("après vérification de la pièce d'identité")).isVisible();
    }

    @Test
    void theDeskTakesAWalkInOrderForAMemberAndPrintsTheReceipt() {
        newContext(DESK);
        login("concierge@relais.test");
        page.navigate("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE);
        page.getByLabel("Chercher un membre (nom, e-mail ou téléphone)").fill("Garreau");
        page.getByLabel("Lucien Garreau").check();
        page.getByLabel("Quantité").fill("2");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Passer la commande")).click();
        assertThat(page.locator(".status-badge").first()).hasText("Acceptée");
        page.getByRole(AriaRole.LINK, named("Reçu de dépôt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Reçu de dépôt"))).isVisible();
        assertThat(page.getByText("Lucien Garreau")).isVisible();
        assertAccessible();
    }
}
