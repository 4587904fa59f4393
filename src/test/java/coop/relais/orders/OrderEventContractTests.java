package coop.relais.orders;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The contract of the orders events other modules consume (billing posts charges from
 * {@link OrderDelivered}): each published by the real action, with the fields a consumer relies on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class OrderEventContractTests {

    @Autowired
    OrderManagement orders;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    private String pickupCode(UUID orderId, CurrentUser member) {
        return orders.find(member, orderId).pickupCode();
    }

    @Test
    void placingAnOrderPublishesOrderPlaced(Scenario scenario) {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        scenario.stimulate(() -> orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 2, null, null)))
                .andWaitForEventOfType(OrderPlaced.class)
                .matching(e -> e.memberId().equals(member.accountId()))
                .toArriveAndVerify((event, order) -> {
                    assertThat(event.orderId()).isEqualTo(order.id());
                    assertThat(event.reference()).isEqualTo(order.reference()).matches("CMD-\\d{4}-\\d{6}");
                    assertThat(event.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(event.offerId()).isEqualTo(OFFER_BASTIDE_CHEMISE);
                    assertThat(event.placedBy()).isEqualTo(member.accountId());
                    assertThat(event.status()).isEqualTo(OrderStatus.SUBMITTED);
                    assertThat(event.placedAt()).isNotNull();
                });
    }

    @Test
    void anOrderFreezesThePersonalServiceItsServiceWasDeclaredAs() {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        UUID meals = jdbc.sql("""
                        SELECT o.id FROM catalogue_offer o JOIN catalogue_service s ON s.id = o.service_id
                        WHERE o.site_id = ? AND s.name = 'Portage de repas pour seniors'""").param(SITE_BASTIDE).query(UUID.class).single();
        OrderView order = orders.place(member, new PlaceOrder(meals, 2, null, null));
        // The site manager withdraws the declaration afterwards: the order keeps what it was placed as.
        jdbc.sql(
                        "UPDATE catalogue_service SET personal_service = NULL WHERE id = (SELECT service_id FROM catalogue_offer WHERE id = ?)")
                .param(meals)
                .update();
        try {
            assertThat(jdbc.sql("SELECT personal_service FROM customer_order WHERE id = ?")
                            .param(order.id())
                            .query(String.class)
                            .single())
                    .isEqualTo("MEAL_DELIVERY");
        } finally {
            jdbc.sql(
                            "UPDATE catalogue_service SET personal_service = 'MEAL_DELIVERY' WHERE id = (SELECT service_id FROM catalogue_offer WHERE id = ?)")
                    .param(meals)
                    .update();
        }
    }

    @Test
    void handingOverPublishesOrderDeliveredWithTheFrozenLinesAndPayers(Scenario scenario) {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        CurrentUser concierge = demo("concierge@relais.test");
        CurrentUser provider = demo("pressing@relais.test");
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 3, null, null));
        UUID id = order.id();
        orders.act(concierge, id, OrderAction.ACCEPT, ActionInput.NONE);
        orders.act(
                concierge, id, OrderAction.DISPATCH, new ActionInput(PROVIDER_PRESSING, null, null, null, false, null));
        orders.act(provider, id, OrderAction.START, ActionInput.NONE);
        orders.act(provider, id, OrderAction.READY, ActionInput.NONE);
        String code = pickupCode(id, member);

        scenario.stimulate(() -> orders.act(
                        concierge, id, OrderAction.DELIVER, new ActionInput(null, null, null, code, false, null)))
                .andWaitForEventOfType(OrderDelivered.class)
                .matching(e -> e.orderId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.reference()).isEqualTo(order.reference());
                    assertThat(event.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(event.memberId()).isEqualTo(member.accountId());
                    assertThat(event.providerId()).isEqualTo(PROVIDER_PRESSING);
                    assertThat(event.deliveredAt()).isNotNull();
                    assertThat(event.personalService()).isNull();
                    assertThat(event.lines()).singleElement().satisfies(line -> {
                        assertThat(line.quantity()).isEqualTo(3);
                        assertThat(line.amount()).isEqualTo(Money.euros("11.70"));
                        assertThat(line.vatRate()).isEqualByComparingTo("20");
                        assertThat(line.memberAmount()
                                        .plus(line.employerAmount())
                                        .plus(line.siteOwnerAmount()))
                                .isEqualTo(line.amount());
                    });
                });
    }

    @Test
    void cancellingPublishesOrderCancelled(Scenario scenario) {
        CurrentUser member = new TestPeople(accounts, passwords).member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        scenario.stimulate(() -> orders.act(member, order.id(), OrderAction.CANCEL, ActionInput.NONE))
                .andWaitForEventOfType(OrderCancelled.class)
                .matching(e -> e.orderId().equals(order.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.reference()).isEqualTo(order.reference());
                    assertThat(event.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(event.memberId()).isEqualTo(member.accountId());
                    assertThat(event.previousStatus()).isEqualTo(OrderStatus.SUBMITTED);
                    assertThat(event.cancelledAt()).isNotNull();
                });
    }
}
