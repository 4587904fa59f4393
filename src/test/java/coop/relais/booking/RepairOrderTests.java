package coop.relais.booking;

import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.booking.BookingFixtures.Member;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestSites;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A damaged vehicle's repair is ordered by the desk from a provider, as an order of the site on an offer its
 * owner pays in full: one order per damage, even when two desks click at once; a wrong offer, another site's
 * damage or a member's try write nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RepairOrderTests {

    static final UUID REPAIR_OFFER =
            UUID.nameUUIDFromBytes("offer-bastide-vehicle-repair".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceRepository resources;

    @Autowired
    PasswordEncoder encoder;

    BookingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BookingFixtures(jdbc, resources);
    }

    @Test
    void theDeskOrdersTheRepairOnceAndNoMemberPaysForIt() {
        Member desk = fixtures.staff(SITE_BASTIDE);
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.FUEL, 10_000);
        UUID damage = damage(car, fixtures.member(SITE_BASTIDE));

        assertThat(order(desk, damage, REPAIR_OFFER, "Pneus à vérifier aussi"))
                .hasStatus(201)
                .bodyJson()
                .satisfies(json -> assertThat(json)
                        .extractingPath("$.repairOrderReference")
                        .asString()
                        .startsWith("CMD-"))
                .extractingPath("$.resourceId")
                .isEqualTo(car.toString());

        Map<String, Object> placed = jdbc.sql("""
                        SELECT o.member_id, o.offer_id, o.site_id, o.status, o.note FROM customer_order o
                        JOIN booking_damage d ON d.repair_order_id = o.id WHERE d.id = ?""").param(damage).query().singleRow();
        assertThat(placed.get("member_id")).isEqualTo(desk.id());
        assertThat(placed.get("offer_id")).isEqualTo(REPAIR_OFFER);
        assertThat(placed.get("site_id")).isEqualTo(SITE_BASTIDE);
        assertThat((String) placed.get("note")).contains("Bruit au freinage", "Pneus à vérifier aussi");
        assertThat(jdbc.sql("""
                        SELECT member_amount FROM order_line l JOIN booking_damage d ON d.repair_order_id = l.order_id
                        WHERE d.id = ?""").param(damage).query(java.math.BigDecimal.class).single())
                .isZero();

        long orders = orders();
        assertThat(order(desk, damage, REPAIR_OFFER, null))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("déjà commandée");
        assertThat(orders()).isEqualTo(orders);
    }

    @Test
    void refusalsWriteNothing() {
        Member desk = fixtures.staff(SITE_BASTIDE);
        Member member = fixtures.member(SITE_BASTIDE);
        Member elsewhere = fixtures.staff(TestSites.create(jdbc, "Europe/Paris"));
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.FUEL, 10_000);
        UUID damage = damage(car, member);
        long orders = orders();

        // An offer the member pays: it is not the site's to order.
        assertThat(order(desk, damage, OFFER_BASTIDE_CHEMISE, null)).hasStatus(400);
        assertThat(order(desk, damage, null, null)).hasStatus(400);
        assertThat(order(desk, damage, UUID.randomUUID(), null)).hasStatus(400);
        assertThat(order(elsewhere, damage, REPAIR_OFFER, null)).hasStatus(404);
        assertThat(order(member, damage, REPAIR_OFFER, null)).hasStatus(404);
        assertThat(order(desk, UUID.randomUUID(), REPAIR_OFFER, null)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/sites/{id}/damages", SITE_BASTIDE).with(ApiAuth.as(users, member.email())))
                .hasStatus(404);

        assertThat(orders()).isEqualTo(orders);
        assertThat(jdbc.sql("SELECT repair_order_id FROM booking_damage WHERE id = ?")
                        .param(damage)
                        .query(UUID.class)
                        .optional())
                .isEmpty();
        // The member cannot order the repair offer for themselves either: it is for the desk.
        assertThat(mvc.post()
                        .uri("/api/v1/orders")
                        .with(ApiAuth.as(users, member.email()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offerId\":\"%s\",\"quantity\":1}".formatted(REPAIR_OFFER)))
                .hasStatus4xxClientError();
        assertThat(orders()).isEqualTo(orders);
    }

    @Test
    void twoDesksOrderingAtOnceMakeOneOrder() throws Exception {
        Member desk = fixtures.staff(SITE_BASTIDE);
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.ELECTRIC, 2_000);
        UUID damage = damage(car, fixtures.member(SITE_BASTIDE));
        long orders = orders();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> tries = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Integer> attempt = () ->
                        order(desk, damage, REPAIR_OFFER, null).getResponse().getStatus();
                tries.add(pool.submit(attempt));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> t : tries) {
                statuses.add(t.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(orders()).isEqualTo(orders + 1);
    }

    @Test
    void theDeskPageShowsTheDamageAndOrdersItsRepair() {
        var desk = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        jdbc.sql("UPDATE role_grant SET role = 'CONCIERGE' WHERE account_id = ?")
                .param(desk.id())
                .update();
        UUID car = fixtures.car(SITE_BASTIDE, ResourceView.Energy.FUEL, 10_000);
        UUID damage = damage(car, fixtures.member(SITE_BASTIDE));
        Cookie cookie = WebLogin.login(mockMvc, desk.email());

        assertThat(mvc.get().uri("/bookings/desk").cookie(cookie))
                .hasStatusOk()
                .bodyText()
                .contains("Hors service", "Bruit au freinage", "Commander la réparation")
                // The demo car whose repair is already at the garage.
                .contains("Bruit métallique au freinage", "Réparation commandée");

        assertThat(mvc.post()
                        .uri("/bookings/desk/damages/{id}/repair-order", damage)
                        .param("offerId", REPAIR_OFFER.toString())
                        .cookie(cookie)
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        String reference = jdbc.sql("SELECT repair_order_reference FROM booking_damage WHERE id = ?")
                .param(damage)
                .query(String.class)
                .single();
        assertThat(mvc.get().uri("/bookings/desk").cookie(cookie)).bodyText().contains(reference);

        assertThat(mvc.post()
                        .uri("/bookings/desk/damages/{id}/repair-order", damage)
                        .param("offerId", REPAIR_OFFER.toString())
                        .cookie(cookie)
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashError");
    }

    private MvcTestResult order(Member who, UUID damage, UUID offer, String note) {
        String json = "{\"offerId\":%s,\"note\":%s}"
                .formatted(offer == null ? "null" : "\"" + offer + "\"", note == null ? "null" : "\"" + note + "\"");
        return mvc.post()
                .uri("/api/v1/damages/{id}/repair-order", damage)
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private UUID damage(UUID car, Member reporter) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO booking_damage (id, resource_id, reported_by, reported_at, description)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(id, car, reporter.id(), Instants.param(Instant.now()), "Bruit au freinage")
                .update();
        resources.block(car, true);
        return id;
    }

    private long orders() {
        return jdbc.sql("SELECT COUNT(*) FROM customer_order").query(Long.class).single();
    }
}
