package coop.relais;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every paged list of the API answers the same shape: {items, size, next} and, for lists leafed through
 * by number, page, totalItems and totalPages; orders, which grow with history, are read by keyset.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiPageShapeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Test
    void everyPagedListHasTheSameShape() throws Exception {
        Map<String, String> lists = Map.of(
                "/api/v1/desk/parcels?size=2&siteId=" + SITE_BASTIDE,
                "concierge@relais.test",
                "/api/v1/desk/requests?size=2&siteId=" + SITE_BASTIDE,
                "concierge@relais.test",
                "/api/v1/sites?size=2",
                "admin@relais.test",
                "/api/v1/organisations?size=2",
                "admin@relais.test",
                "/api/v1/me/notifications?size=2",
                "habitant@relais.test");
        for (var list : lists.entrySet()) {
            var response = mvc.perform(get(list.getKey()).with(ApiAuth.as(users, list.getValue())))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(list.getKey()).isEqualTo(200);
            Map<String, Object> page = JsonPath.read(response.getContentAsString(), "$");
            assertThat(page)
                    .as(list.getKey())
                    .containsKeys("items", "page", "size", "totalItems", "totalPages")
                    .doesNotContainKey("total");
            assertThat(page.get("size")).as(list.getKey()).isEqualTo(2);
            assertThat(((Number) page.get("totalPages")).intValue())
                    .as(list.getKey())
                    .isPositive();
        }
    }
}
