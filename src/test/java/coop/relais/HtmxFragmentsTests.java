package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page that htmx refreshes in place answers the same way: the whole page to a browser, the
 * fragment alone to htmx, the whole page again when htmx restores history, and {@code Vary: HX-Request}
 * on each answer so that no cache mixes them up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HtmxFragmentsTests {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String path, Cookie session, String... headers) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        path)
                .cookie(session);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void pagesFragmentsAndHistoryRestores() throws Exception {
        Map<String, String> pages = Map.of(
                "/admin/people?q=a", "admin@relais.test",
                "/admin/sites", "admin@relais.test",
                "/admin/providers", "admin@relais.test",
                "/admin/organisations", "admin@relais.test",
                "/manage/people", "gerante@relais.test",
                "/orders/board", "concierge@relais.test",
                "/desk/members?q=gar", "concierge@relais.test",
                "/desk/handover?q=gar", "concierge@relais.test",
                "/desk/parcels/new?q=gar", "concierge@relais.test",
                "/catalogue?q=chemise", "habitant@relais.test");
        Map<String, Cookie> sessions = new java.util.HashMap<>();
        for (var page : pages.entrySet()) {
            Cookie session = sessions.computeIfAbsent(page.getValue(), email -> WebLogin.login(mvc, email));
            String path = page.getKey();

            MockHttpServletResponse whole = get(path, session);
            assertThat(whole.getStatus()).as(path).isEqualTo(200);
            assertThat(whole.getContentAsString()).as(path).contains("<html", "<nav");
            assertThat(whole.getHeaders("Vary")).as(path).contains("HX-Request");

            MockHttpServletResponse fragment = get(path, session, "HX-Request", "true");
            assertThat(fragment.getStatus()).as(path).isEqualTo(200);
            assertThat(fragment.getContentAsString()).as(path).doesNotContain("<html", "<nav class=\"navbar");
            assertThat(fragment.getHeaders("Vary")).as(path).contains("HX-Request");

            MockHttpServletResponse restored =
                    get(path, session, "HX-Request", "true", "HX-History-Restore-Request", "true");
            assertThat(restored.getContentAsString()).as(path + " restored").contains("<html");
        }
    }
}
