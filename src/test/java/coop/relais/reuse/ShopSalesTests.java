package coop.relais.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.DeskJournal;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Sales of the reuse shop: numbered per site; on the ardoise, charged once to the buyer's account; in cash, only
 * with the desk open and written in its till; refused input writes nothing (no sale, no number taken, no till
 * line, no charge).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShopSalesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeskJournal journal;

    UUID site;
    CurrentUser desk;
    CurrentUser buyer;

    @BeforeEach
    void aShop() {
        site = TestSites.create(jdbc, "Europe/Paris");
        desk = TestPeople.create(jdbc, Role.CONCIERGE, site);
        buyer = TestPeople.create(jdbc, Role.MEMBER, site);
    }

    private MvcTestResult sell(CurrentUser who, String price, String payment, UUID buyerId) {
        return mvc.post()
                .uri("/api/v1/reuse/sales")
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"siteId\":\"%s\",\"category\":\"FURNITURE\",\"description\":\"Chaise en bois\",\"price\":%s,\"payment\":\"%s\",\"buyerId\":%s}"
                                .formatted(site, price, payment, buyerId == null ? "null" : "\"" + buyerId + "\""))
                .exchange();
    }

    private long sales() {
        return jdbc.sql("SELECT COUNT(*) FROM reuse_sale WHERE site_id = ?")
                .param(site)
                .query(Long.class)
                .single();
    }

    private long charges(UUID saleId) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_entry WHERE source_type = 'SALE' AND source_id = ?")
                .param(saleId)
                .query(Long.class)
                .single();
    }

    @Test
    void aSaleOnTheArdoiseIsChargedOnceToTheBuyer() {
        assertThat(sell(desk, "12.50", "ARDOISE", buyer.accountId()))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.saleNo")
                .isEqualTo(1);
        UUID sale = jdbc.sql("SELECT id FROM reuse_sale WHERE site_id = ?")
                .param(site)
                .query(UUID.class)
                .single();
        long charged =
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> charges(sale), n -> n > 0);
        assertThat(charged).isEqualTo(1);
        assertThat(jdbc.sql("SELECT amount FROM billing_entry WHERE source_type = 'SALE' AND source_id = ?")
                        .param(sale)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("12.50");
        // A card sale: numbered next, nothing on any account, nothing in the till.
        assertThat(sell(desk, "3", "CARD", null))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.saleNo")
                .isEqualTo(2);
    }

    @Test
    void cashGoesIntoAnOpenTillOnlyAndRefusalsWriteNothing() {
        long before = sales();
        assertThat(sell(desk, "8", "CASH", null)).hasStatus(409);
        assertThat(sales()).isEqualTo(before);
        for (String[] bad : new String[][] {
            {"0", "CARD"}, {"-4", "CARD"}, {"2.555", "CARD"}, {"99999", "CARD"}, {"5", "ARDOISE"}, {"5", "GOLD"}
        }) {
            assertThat(sell(desk, bad[0], bad[1], null))
                    .as(bad[0] + " " + bad[1])
                    .hasStatus(400);
        }
        CurrentUser stranger = TestPeople.create(jdbc, Role.MEMBER, TestSites.create(jdbc, "Europe/Paris"));
        assertThat(sell(desk, "5", "ARDOISE", stranger.accountId())).hasStatus(400);
        assertThat(sell(buyer, "5", "CARD", null)).hasStatus(404);
        assertThat(sales()).isEqualTo(before);

        journal.open(desk, site, Money.euros("50"), null);
        assertThat(sell(desk, "8", "CASH", null))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.saleNo")
                .isEqualTo(1);
        UUID sale = jdbc.sql("SELECT id FROM reuse_sale WHERE site_id = ?")
                .param(site)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT amount FROM desk_journal_entry WHERE kind = 'CASH_IN' AND payment_id = ?")
                        .param(sale)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("8");
        assertThat(charges(sale)).isZero();
    }
}
