package coop.relais.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.desk.DeskDayView;
import coop.relais.desk.DeskJournal;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import coop.relais.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing in Chromium: a member pays their tab online through the demo provider, on a phone; the desk
 * takes cash against a member's tab, e-mails the receipt and closes the day with the cash expected.
 */
class BillingBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    DeskJournal journal;

    @Autowired
    BillingAccounts accounts;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /** A member of Bastide with a shirt handed over, owing {@code amount}. */
    private TestMember owing(String amount) {
        TestMember member = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        BillingFixtures fixtures = new BillingFixtures(jdbc, transactions, events);
        fixtures.publish(fixtures.delivered(SITE_BASTIDE, member.id(), memberLine(1, amount)));
        return member;
    }

    @Test
    void aMemberPaysTheirTabOnlineThroughTheDemoProviderOnAPhone() {
        TestMember member = owing("23.70");
        newContext(PHONE);
        login(member.email());
        page.navigate("/tab");
        assertThat(page.locator(".tab-balance")).containsText("Vous devez 23,70");
        assertThat(page.locator("main")).containsText("Chemise");
        assertAccessible();

        button("Régler 23,70 € en ligne").click();
        assertThat(page.locator("main")).containsText("Paiement de démonstration — aucun argent ne circule.");
        assertAccessible();
        button("Payer 23,70 €").click();

        page.waitForURL(url -> url.contains("/tab?checkout="));
        assertThat(page.locator("main")).containsText("votre paiement en ligne de 23,70 € est confirmé");
        assertThat(page.locator(".tab-balance")).containsText("Vous n'avez rien à régler.");
        assertThat(page.locator("main")).containsText("Paiement en ligne — reçu REC-");
        assertAccessible();
    }

    @Test
    void aResidentFindsWhatCesuMayPayAndDownloadsLastYearsTaxCertificateOnAPhone() {
        newContext(PHONE);
        login("habitant@relais.test");
        page.navigate("/tab");
        assertThat(page.locator("main")).containsText("services à la personne, payables en CESU à la conciergerie");
        int lastYear = java.time.Year.now(java.time.ZoneId.of("Europe/Paris")).getValue() - 1;
        assertThat(page.locator("#certificates")).containsText("Attestation " + lastYear);
        assertThat(page.locator("#certificates")).containsText("dont CESU préfinancés : 89,00 €");
        assertAccessible();

        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> link("Télécharger l'attestation " + lastYear + " (PDF)").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("attestation-fiscale-" + lastYear + ".pdf");
    }

    @Test
    void theDeskTakesCashEmailsTheReceiptAndClosesTheDayWithTheCashExpected() {
        TestMember member = owing("12.40");
        String name = jdbc.sql("SELECT display_name FROM account WHERE id = ?")
                .param(member.id())
                .query(String.class)
                .single();
        CurrentUser concierge = ((CurrentUserSource) users.loadUserByUsername("concierge@relais.test")).currentUser();
        DeskDayView today = journal.day(concierge, SITE_BASTIDE, null);
        if (today.open()) {
            journal.close(
                    concierge, SITE_BASTIDE, today.currentFloat().plus(today.cashTaken()), "fermeture avant le test");
        }

        newContext(TABLET);
        login("concierge@relais.test");
        page.navigate("/desk/journal/open");
        page.getByLabel("Fond de caisse (espèces dans la caisse)").fill("50,00");
        button("Ouvrir le comptoir").click();

        page.navigate("/desk/tabs");
        page.getByLabel("Nom, e-mail ou téléphone du membre").fill(name);
        page.getByLabel("Nom, e-mail ou téléphone du membre").press("Enter");
        link("Voir l'ardoise et encaisser " + name).click();
        assertThat(page.locator(".tab-balance")).containsText("Doit 12,40");
        assertThat(page.getByLabel("Montant payé")).hasValue("12,40");
        assertAccessible();

        page.getByLabel("Montant payé").fill("20");
        page.locator("label", new Page.LocatorOptions().setHasText("Espèces")).click();
        button("Enregistrer le paiement").click();
        assertThat(page.locator(".invalid-feedback")).containsText("plus que ce qui est dû");
        assertAccessible();

        page.getByLabel("Montant payé").fill("12,40");
        button("Enregistrer le paiement").click();
        assertThat(page.locator("main")).containsText("Reçu de paiement");
        assertThat(page.locator("main")).containsText("Espèces");
        assertAccessible();
        button("Envoyer par e-mail").click();
        assertThat(page.locator("#flash")).containsText("Le reçu part par e-mail");
        String mail = MAILBOX.awaitText(member.email(), "Nous avons bien reçu votre paiement de 12,40");
        assertThat(mail).contains("Payé en espèces.", "REC-");

        page.navigate("/desk/journal/close");
        assertThat(page.locator("main")).containsText("Attendu dans la caisse : 62,40 €");
        page.getByLabel("Espèces comptées dans la caisse").fill("62,40");
        button("Fermer le comptoir").click();
        assertThat(page.locator("main")).containsText("Caisse juste.");
        assertThat(page.locator("main")).containsText("Espèces encaissées : 12,40 €");
        assertThat(accounts.ofMember(concierge, member.id(), null).balance()).isEqualTo(Money.ZERO);
    }
}
