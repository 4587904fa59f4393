package coop.relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.shared.DomainException;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A rule that refuses what a page asked, outside a form that says why itself, gives a page saying why with the
 * API's status (400, 409, 422), never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PageRefusalTests.RefusingPage.class)
class PageRefusalTests {

    @Controller
    static class RefusingPage {

        @GetMapping("/test-only/refusal")
        String refuse(@RequestParam String kind) {
            throw new DomainException(DomainException.Kind.valueOf(kind), "exchange.amount.range", 1000);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Test
    void aRefusalIsAPageSayingWhyWithTheApisStatus() {
        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/test-only/refusal?kind=INVALID").cookie(habitant))
                .hasStatus(400)
                .bodyText()
                .contains("Ce n&#39;est pas possible", "Indiquez un nombre d&#39;unités entre 1 et 1");
        assertThat(mvc.get().uri("/test-only/refusal?kind=RULE").cookie(habitant))
                .hasStatus(422);
        assertThat(mvc.get().uri("/test-only/refusal?kind=CONFLICT").cookie(habitant))
                .hasStatus(409);
    }
}
