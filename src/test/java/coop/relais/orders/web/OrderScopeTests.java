package coop.relais.orders.web;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.ActionInput;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderStatus;
import coop.relais.orders.OrderView;
import coop.relais.orders.PlaceOrder;
import coop.relais.orders.TestPeople;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** One site, one member, one provider can never see or change another's orders: pages and API. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderScopeTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrderManagement orders;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(accountRepository, passwordEncoder);
    }

    CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    /** A Bastide order dispatched to Pressing Solidaire. */
    OrderView bastideOrderAtPressing(CurrentUser member) {
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 2, "Col fragile", null));
        CurrentUser karim = demo("concierge@relais.test");
        orders.act(karim, order.id(), OrderAction.ACCEPT, ActionInput.NONE);
        orders.act(
                karim,
                order.id(),
                OrderAction.DISPATCH,
                new ActionInput(PROVIDER_PRESSING, null, null, null, false, null));
        return order;
    }

    OrderStatus statusOf(OrderView order) {
        return orders.find(demo("admin@relais.test"), order.id()).status();
    }

    @Test
    void theAquitaineConciergeCannotSeeOrActOnBastideOrders() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = bastideOrderAtPressing(member);
        Cookie sandrine = WebLogin.login(mockMvc, "concierge2@relais.test");

        assertThat(mvc.get().uri("/orders/" + order.id()).cookie(sandrine)).hasStatus(404);
        assertThat(mvc.get().uri("/orders/" + order.id() + "/receipt").cookie(sandrine))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/incident")
                        .cookie(sandrine)
                        .with(csrf())
                        .param("reason", "Perdu"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/orders/board?siteId=" + SITE_BASTIDE).cookie(sandrine))
                .hasStatus(404);
        assertThat(mvc.get().uri("/orders/board").cookie(sandrine))
                .hasStatusOk()
                .bodyText()
                .contains("Conciergerie Aquitaine Logistique")
                .doesNotContain(order.reference());
        assertThat(mvc.get()
                        .uri("/orders/new/members?offerId=" + OFFER_BASTIDE_CHEMISE + "&q=Lucien")
                        .cookie(sandrine))
                .hasStatus(404);

        var api = ApiAuth.as(users, "concierge2@relais.test");
        assertThat(mvc.get().uri("/api/v1/orders/" + order.id()).with(api)).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/orders/" + order.id() + "/cancel")
                        .with(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/orders?size=100").with(api))
                .bodyText()
                .doesNotContain(order.id().toString());
        assertThat(mvc.post()
                        .uri("/api/v1/orders")
                        .with(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offerId\":\"%s\",\"quantity\":1,\"memberId\":\"%s\"}"
                                .formatted(OFFER_BASTIDE_CHEMISE, member.accountId())))
                .hasStatus(404);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.DISPATCHED);
    }

    @Test
    void aMemberCannotSeeOrActOnAnotherMembersOrder() {
        CurrentUser owner = people.member(SITE_BASTIDE);
        OrderView order = orders.place(owner, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        Cookie lucien = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/orders/" + order.id()).cookie(lucien)).hasStatus(404);
        assertThat(mvc.get().uri("/orders").cookie(lucien)).bodyText().doesNotContain(order.reference());
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/cancel")
                        .cookie(lucien)
                        .with(csrf()))
                .hasStatus(404);
        var api = ApiAuth.as(users, "habitant@relais.test");
        assertThat(mvc.get().uri("/api/v1/orders/" + order.id()).with(api)).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/orders/" + order.id() + "/cancel").with(api))
                .hasStatus(404);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void aProviderSeesOnlyTheJobsOfItsOrganisationAndNotTheMember() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = bastideOrderAtPressing(member);
        CurrentUser cobbler = people.providerStaff(PROVIDER_CORDONNERIE);
        Cookie other = WebLogin.login(mockMvc, cobbler.email());
        assertThat(mvc.get().uri("/provider/jobs").cookie(other))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(order.reference());
        assertThat(mvc.get().uri("/provider/jobs/" + order.id()).cookie(other)).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/start")
                        .cookie(other)
                        .with(csrf()))
                .hasStatus(404);
        var api = ApiAuth.as(users, cobbler.email());
        assertThat(mvc.post().uri("/api/v1/orders/" + order.id() + "/start").with(api))
                .hasStatus(404);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.DISPATCHED);

        Cookie pressing = WebLogin.login(mockMvc, "pressing@relais.test");
        assertThat(mvc.get().uri("/provider/jobs").cookie(pressing))
                .hasStatusOk()
                .bodyText()
                .contains(order.reference());
        assertThat(mvc.get().uri("/provider/jobs/" + order.id()).cookie(pressing))
                .hasStatusOk()
                .bodyText()
                .contains("Col fragile", "Accepter la mission")
                .doesNotContain(member.displayName(), member.email());
        // A provider may not do the desk's work.
        assertThat(mvc.post()
                        .uri("/orders/" + order.id() + "/cancel")
                        .cookie(pressing)
                        .with(csrf())
                        .param("from", "job"))
                .hasStatus(403);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.DISPATCHED);
        var pressingApi = ApiAuth.as(users, "pressing@relais.test");
        assertThat(mvc.post().uri("/api/v1/orders/" + order.id() + "/cancel").with(pressingApi))
                .hasStatus(403);
    }

    @Test
    void staffOfAnotherSiteCannotOrderThereAndMembersCannotOpenTheBoard() {
        Cookie lucien = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/orders/board").cookie(lucien)).hasStatus(403);
        Cookie sandrine = WebLogin.login(mockMvc, "concierge2@relais.test");
        assertThat(mvc.get().uri("/orders/new?offerId=" + OFFER_BASTIDE_CHEMISE).cookie(sandrine))
                .hasStatus(404);
        assertThat(mvc.get().uri("/provider/jobs").cookie(sandrine)).hasStatus(403);
    }
}
