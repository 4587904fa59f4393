package coop.relais.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.Zones;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A resident books the drill from the pages, is told in French when a slot is taken, and cancels. */
@SpringBootTest
@AutoConfigureMockMvc
class BookingPagesTests {

    static final UUID DRILL = UUID.nameUUIDFromBytes("resource-Perceuse-visseuse".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void withNothingToBookTheManagerIsSentOnToAddSomethingAndAMemberBackHome() {
        UUID site = coop.relais.support.TestSites.create(jdbc, "Europe/Paris");
        var manager = coop.relais.notification.NotificationTestSupport.newMember(jdbc, encoder, "fr");
        var member = coop.relais.notification.NotificationTestSupport.newMember(jdbc, encoder, "fr");
        jdbc.sql("UPDATE role_grant SET role = 'SITE_MANAGER', site_id = ? WHERE account_id = ?")
                .params(site, manager.id())
                .update();
        jdbc.sql("UPDATE role_grant SET site_id = ? WHERE account_id = ?")
                .params(site, member.id())
                .update();

        assertThat(mvc.get().uri("/bookings").cookie(WebLogin.login(mockMvc, manager.email())))
                .hasStatusOk()
                .bodyText()
                .contains("Rien à réserver", "href=\"/bookings/manage\"");
        assertThat(mvc.get().uri("/bookings").cookie(WebLogin.login(mockMvc, member.email())))
                .hasStatusOk()
                .bodyText()
                .contains("Rien à réserver", "Retour à l")
                .doesNotContain("href=\"/bookings/manage\"");
    }

    @Test
    void aResidentBooksTheDrillIsToldWhenASlotIsTakenAndCancels() {
        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(9);
        assertThat(mvc.get().uri("/bookings").cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("Vélo cargo", "Perceuse-visseuse", "Mes réservations à venir");
        assertThat(mvc.get().uri("/bookings/resources/{id}?day={d}", DRILL, day).cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("Libre", "de 8 h à 19 h", "Aucune réservation ce jour-là.");
        assertThat(mvc.get()
                        .uri("/bookings/resources/{id}/week?from={d}", DRILL, day)
                        .cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("La semaine", "libre de 8 h à 19 h", "Semaine suivante");

        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", DRILL)
                        .param("day", day.toString())
                        .param("start", "10:00")
                        .param("end", "12:00")
                        .with(csrf())
                        .cookie(habitant))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/bookings");
        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", DRILL)
                        .param("day", day.toString())
                        .param("start", "11:00")
                        .param("end", "13:00")
                        .with(csrf())
                        .cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("Ce créneau est déjà réservé", "de 10 h à 12 h");
        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", DRILL)
                        .param("day", day.toString())
                        .param("start", "13:00")
                        .param("end", "12:00")
                        .with(csrf())
                        .cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("La fin de la réservation doit venir après son début.");

        UUID booking = jdbc.sql(
                        "SELECT id FROM booking WHERE resource_id = ? AND status = 'CONFIRMED' AND starts_at > ?")
                .params(
                        DRILL,
                        coop.relais.shared.jdbc.Instants.param(
                                day.atStartOfDay(Zones.DEFAULT).toInstant()))
                .query(UUID.class)
                .single();
        assertThat(mvc.post().uri("/bookings/{id}/cancel", booking).with(csrf()).cookie(habitant))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT status FROM booking WHERE id = ?")
                        .param(booking)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void someoneOfAnotherSiteFindsNothing() {
        Cookie salarie = WebLogin.login(mockMvc, "salarie@relais.test");
        assertThat(mvc.get().uri("/bookings/resources/{id}", DRILL).cookie(salarie))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", DRILL)
                        .param("day", LocalDate.now(Zones.DEFAULT).plusDays(2).toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .with(csrf())
                        .cookie(salarie))
                .hasStatus(404);
    }

    @Test
    void aLicenceExpiryIsTypedTheFrenchWay() {
        var driver = coop.relais.notification.NotificationTestSupport.newMember(jdbc, encoder, "fr");
        Cookie cookie = WebLogin.login(mockMvc, driver.email());
        assertThat(
                        mvc.post()
                                .uri("/bookings/licence")
                                .param("number", "990112345678")
                                .param("expiresOn", "31/13/2031")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .cookie(cookie))
                .flash()
                .containsEntry("flashError", "booking.licence.expiry");
        assertThat(
                        mvc.post()
                                .uri("/bookings/licence")
                                .param("number", "990112345678")
                                .param("expiresOn", "31/12/2031")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .cookie(cookie))
                .flash()
                .containsKey("flashSuccess");
        assertThat(jdbc.sql("SELECT expires_on FROM driving_licence WHERE account_id = ?")
                        .param(driver.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2031, 12, 31));
    }
}
