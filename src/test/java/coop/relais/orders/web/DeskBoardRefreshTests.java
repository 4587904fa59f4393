package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.PlaceOrder;
import coop.relais.orders.TestPeople;
import coop.relais.shared.jdbc.Instants;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** An open board refreshes every 20 seconds: when nothing changed it gets a 304 and no body. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskBoardRefreshTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderManagement orders;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse refresh(Cookie session, String etag) throws Exception {
        var request =
                get("/orders/board?siteId=" + SITE_BASTIDE).cookie(session).header("HX-Request", "true");
        if (etag != null) {
            request = request.header("If-None-Match", etag);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anUnchangedBoardAnswers304AndAChangeSendsTheBoardAgain() throws Exception {
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");

        MockHttpServletResponse first = refresh(concierge, null);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("id=\"desk-board\"");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("no-cache").doesNotContain("no-store");

        MockHttpServletResponse unchanged = refresh(concierge, etag);
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsByteArray()).isEmpty();

        // Another person's board is another version (names, actions and language differ by reader).
        Cookie manager = WebLogin.login(mvc, "gerante@relais.test");
        assertThat(refresh(manager, etag).getStatus()).isEqualTo(200);

        orders.place(
                new TestPeople(accounts, passwords).member(SITE_BASTIDE),
                new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        MockHttpServletResponse changed = refresh(concierge, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getContentAsString()).contains("id=\"desk-board\"");
    }

    @Test
    void aProviderStartingToServeTheSiteShowsAtTheNextRefresh() throws Exception {
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        String etag = refresh(concierge, null).getHeader("ETag");
        assertThat(refresh(concierge, etag).getStatus()).isEqualTo(304);

        UUID provider = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO provider_organisation (id, kind, name, siret, active, created_at) VALUES (?, 'LOCAL_BUSINESS', ?, '73282932000074', TRUE, ?)")
                .params(
                        provider,
                        "Vélo Réparation " + provider.toString().substring(0, 6),
                        Instants.param(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO provider_site (provider_id, site_id) VALUES (?, ?)")
                .params(provider, SITE_BASTIDE)
                .update();
        try {
            MockHttpServletResponse changed = refresh(concierge, etag);
            assertThat(changed.getStatus()).isEqualTo(200);
            assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        } finally {
            jdbc.sql("DELETE FROM provider_site WHERE provider_id = ?")
                    .param(provider)
                    .update();
        }
    }
}
