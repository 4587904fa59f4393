package coop.relais.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.shared.Zones;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * From the pages: a member repeats a booking every week, another finds the slot taken and joins the
 * waitlist; the desk sees the day's bookings, blocks a resource for maintenance, and members do not see
 * the desk's view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingDeskPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSeriesAWaitlistAndTheDesksDay() {
        UUID room = new BookingFixtures(jdbc, resources).room(coop.relais.shared.demo.DemoIds.SITE_BASTIDE, 15);
        TestMember first = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        TestMember second = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        Cookie one = WebLogin.login(mockMvc, first.email());
        Cookie two = WebLogin.login(mockMvc, second.email());
        LocalDate day = LocalDate.now(Zones.DEFAULT).plusDays(2);

        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", room)
                        .param("day", day.toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .param("weeks", "3")
                        .with(csrf())
                        .cookie(one))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ? AND series_id IS NOT NULL")
                        .param(room)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);

        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}", room)
                        .param("day", day.toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .with(csrf())
                        .cookie(two))
                .hasStatusOk()
                .bodyText()
                .contains("Ce créneau est déjà réservé", "inscrire sur la liste d");
        assertThat(mvc.post()
                        .uri("/bookings/resources/{id}/waitlist", room)
                        .param("day", day.toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .with(csrf())
                        .cookie(two))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/bookings");
        assertThat(mvc.get().uri("/bookings").cookie(two))
                .hasStatusOk()
                .bodyText()
                .contains("Mes listes d", "Quitter la liste d");

        Cookie desk = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/bookings/desk?day={d}", day).cookie(desk))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Réservations du jour",
                        resources.find(room).orElseThrow().name(),
                        "Bloquer pour maintenance")
                .doesNotContain("Aucune réservation ce jour-là.");
        assertThat(mvc.post()
                        .uri("/bookings/desk/maintenance")
                        .param("resourceId", room.toString())
                        .param("day", day.toString())
                        .param("start", "14:00")
                        .param("end", "16:00")
                        .param("reason", "Peinture")
                        .with(csrf())
                        .cookie(desk))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ? AND status = 'MAINTENANCE'")
                        .param(room)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(mvc.get().uri("/bookings/desk").cookie(one)).hasStatus(404);
    }
}
