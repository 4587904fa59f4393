package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.OFFER_BASTIDE_CHEMISE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderView;
import coop.relais.orders.PlaceOrder;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.ApiAuth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The order list is read by keyset: following `next` walks every order once, newest first. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderListKeysetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderManagement orders;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    RelaisUserDetailsService users;

    private List<String> walk(RequestPostProcessor who, String first, int maxPages) throws Exception {
        List<String> seen = new ArrayList<>();
        String link = first;
        int pages = 0;
        while (link != null) {
            assertThat(++pages).as("pages followed").isLessThanOrEqualTo(maxPages);
            String body =
                    mvc.perform(get(link).with(who)).andReturn().getResponse().getContentAsString();
            Map<String, Object> page = JsonPath.read(body, "$");
            seen.addAll(JsonPath.read(body, "$.items[*].id"));
            link = (String) page.get("next");
        }
        return seen;
    }

    @Test
    void followingNextWalksAMembersOrdersOnceNewestFirst() throws Exception {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
            placed.add(0, order.id().toString());
        }
        List<String> seen = walk(ApiAuth.as(users, member.email()), "/api/v1/orders?size=2", 3);
        assertThat(seen).containsExactlyElementsOf(placed);
    }

    @Test
    void aMemberWithALongHistoryLeafsBackThroughTheirOrders() throws Exception {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            references.add(
                    0,
                    orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null))
                            .reference());
        }
        jakarta.servlet.http.Cookie session = coop.relais.support.WebLogin.login(mvc, member.email());
        String first = mvc.perform(get("/orders").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains(references.get(0), references.get(19), "Voir les commandes plus anciennes")
                .doesNotContain(references.get(20), "Revenir aux plus récentes");
        java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"(/orders\\?after=[^\"]+)\"")
                .matcher(first);
        assertThat(older.find()).isTrue();
        String second = mvc.perform(get(older.group(1).replace("&amp;", "&")).cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second)
                .contains(references.get(20), references.get(22), "Revenir aux plus récentes")
                .doesNotContain(references.get(19), "Voir les commandes plus anciennes");
        // A forged position shows the most recent orders rather than an error.
        assertThat(mvc.perform(get("/orders?after=%%%").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(references.get(0));
    }

    @Test
    void aConciergeWalksTheSitesOrdersWithoutRepeatsOrGaps() throws Exception {
        RequestPostProcessor concierge = ApiAuth.as(users, "concierge@relais.test");
        String body = mvc.perform(
                        get("/api/v1/orders?size=100&siteId=" + SITE_BASTIDE).with(concierge))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> firstHundred = JsonPath.read(body, "$.items[*].id");
        List<String> walked = walk(concierge, "/api/v1/orders?size=3&siteId=" + SITE_BASTIDE, 1_000);
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(walked.subList(0, Math.min(walked.size(), firstHundred.size())))
                .containsExactlyElementsOf(firstHundred.subList(0, Math.min(walked.size(), firstHundred.size())));
    }
}
