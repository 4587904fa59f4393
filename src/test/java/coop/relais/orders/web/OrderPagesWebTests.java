package coop.relais.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.demo.DemoIds;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OrderPagesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Test
    void memberOrdersShirtsAndFollowsTheOrder() {
        Cookie session = WebLogin.login(mvc, "habitant@relais.test");
        assertThat(tester.get().uri("/orders").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Mes commandes");
        assertThat(tester.get()
                        .uri("/orders/new?offerId=" + DemoIds.OFFER_BASTIDE_CHEMISE)
                        .cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Pressing — chemise", "3,90");
        var result = tester.post()
                .uri("/orders")
                .cookie(session)
                .with(csrf())
                .param("offerId", DemoIds.OFFER_BASTIDE_CHEMISE.toString())
                .param("quantity", "3")
                .param("note", "Amidon léger")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(tester.get().uri(location).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Transmise", "Commande passée", "11,70", "Amidon léger");
    }

    @Test
    void deskBoardAndProviderPortalRender() {
        Cookie concierge = WebLogin.login(mvc, "concierge@relais.test");
        assertThat(tester.get().uri("/orders/board").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("desk-board", "À accepter", "En retard");
        assertThat(tester.get()
                        .uri("/orders/board")
                        .header("HX-Request", "true")
                        .cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"desk-board\"")
                .doesNotContain("<html");
        Cookie pressing = WebLogin.login(mvc, "pressing@relais.test");
        assertThat(tester.get().uri("/provider/jobs").cookie(pressing))
                .hasStatusOk()
                .bodyText()
                .contains("Mes missions", "Nouvelles missions");
    }
}
