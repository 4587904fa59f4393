package coop.relais.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.shared.Zones;
import coop.relais.support.BrowserTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Booking in Chromium, as a member would: a room booked on a phone, its confirmation e-mail read with its
 * .ics, a check-in; a vehicle refused in plain French without a licence, the licence recorded, then a
 * pickup and a return with the km on a desk-sized screen. Each page passes the accessibility audit.
 */
class BookingBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    PasswordEncoder encoder;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void aMemberBooksARoomOnAPhoneGetsTheConfirmationAndChecksIn() {
        BookingFixtures fixtures = new BookingFixtures(jdbc, resources);
        UUID room = fixtures.room(SITE_BASTIDE, 15);
        TestMember member = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(2);
        newContext(PHONE);
        login(member.email());

        page.navigate("/bookings/resources/" + room + "?day=" + day);
        assertAccessible();
        page.getByLabel("De").selectOption("10:00");
        page.getByLabel("À", new Page.GetByLabelOptions().setExact(true)).selectOption("11:30");
        button("Réserver").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("est réservé pour vous");
        String mail = MAILBOX.awaitText(member.email(), "Votre réservation de Salle");
        assertThat(mail).contains("est confirmée", "de 10 h à 11 h 30");
        assertThat(MAILBOX.newestPart(member.email(), "text/calendar"))
                .hasValueSatisfying(ics -> assertThat(ics)
                        .contains(
                                "BEGIN:VEVENT",
                                "DTSTART;TZID=Europe/Paris:" + day.toString().replace("-", "") + "T100000"));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        fixtures.booking(room, SITE_BASTIDE, member.id(), now.minusSeconds(120), now.plusSeconds(3480));
        page.navigate("/bookings");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler mon arrivée"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Arrivée enregistrée");
        assertThat(page.locator("main")).containsText("Arrivée enregistrée.");
    }

    @Test
    void aDriverRecordsTheLicencePicksUpAndReturnsACarOnADesk() {
        BookingFixtures fixtures = new BookingFixtures(jdbc, resources);
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.ELECTRIC, 2_000);
        TestMember driver = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(3);
        newContext(DESK);
        login(driver.email());

        page.navigate("/bookings/resources/" + car + "?day=" + day);
        page.getByLabel("De").selectOption("09:00");
        page.getByLabel("À", new Page.GetByLabelOptions().setExact(true)).selectOption("12:00");
        button("Réserver").click();
        assertThat(page.getByRole(AriaRole.ALERT).first())
                .containsText("Enregistrez votre permis de conduire avant de réserver un véhicule.");

        page.navigate("/bookings");
        page.getByLabel("Numéro du permis").fill("13 04 75 20 03 21");
        page.getByLabel("Valable jusqu'au").fill(LocalDate.now().plusYears(4).toString());
        button("Enregistrer mon permis").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre permis est enregistré.");

        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        fixtures.booking(car, SITE_BASTIDE, driver.id(), now.minusSeconds(300), now.plusSeconds(7200));
        page.navigate("/bookings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retirer"))
                .first()
                .click();
        assertAccessible();
        page.getByLabel("Kilométrage au compteur (km)").fill("2 000");
        page.getByLabel("Niveau de charge (%)").fill("85");
        button("Enregistrer le retrait").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Retrait enregistré");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rendre"))
                .first()
                .click();
        page.getByLabel("Kilométrage au compteur (km)").fill("1990");
        page.getByLabel("Niveau de charge (%)").fill("40");
        button("Enregistrer le retour").click();
        assertThat(page.getByRole(AriaRole.ALERT).first())
                .containsText("Le compteur ne peut pas reculer : il indiquait 2");
        page.getByLabel("Kilométrage au compteur (km)").fill("2037");
        button("Enregistrer le retour").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("enregistré. Merci !");
        assertThat(resources.find(car).orElseThrow().vehicle().odometerKm()).isEqualTo(2037);
    }
}
