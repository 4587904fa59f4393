package coop.relais.orders;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.internal.DueDates;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Placing orders through the facade: prices and payer split, the monthly cap, references, due dates, events. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrderPlacementTests {

    @Autowired
    OrderManagement orders;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(accountRepository, passwordEncoder);
    }

    CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    private OrderView shirts(CurrentUser member, int quantity) {
        return orders.place(member, new PlaceOrder(OFFER_AQUITAINE_CHEMISE, quantity, null, null));
    }

    private static Money employer(OrderView order) {
        return order.lines().stream().map(OrderLine::employerAmount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void theEmployerPaysHalfUntilTheMonthlyCapThenTheMemberPaysTheRest() {
        CurrentUser ines = people.employee(SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE);

        OrderView first = shirts(ines, 10); // 39.00: employer 19.50 of the 30.00 cap
        assertThat(first.totalAmount()).isEqualTo(Money.euros("39.00"));
        assertThat(employer(first)).isEqualTo(Money.euros("19.50"));
        assertThat(first.memberAmount()).isEqualTo(Money.euros("19.50"));
        assertThat(first.lines().get(0).employerId()).isEqualTo(CLIENT_AQUITAINE_LOGISTIQUE);

        OrderView second = shirts(ines, 10); // cap reached mid-order: 10.50 left
        assertThat(employer(second)).isEqualTo(Money.euros("10.50"));
        assertThat(second.memberAmount()).isEqualTo(Money.euros("28.50"));

        OrderView third = shirts(ines, 2);
        assertThat(employer(third)).isEqualTo(Money.ZERO);
        assertThat(third.memberAmount()).isEqualTo(Money.euros("7.80"));

        // A cancelled order gives its share of the cap back.
        orders.act(ines, second.id(), OrderAction.CANCEL, ActionInput.NONE);
        OrderView fourth = shirts(ines, 10);
        assertThat(employer(fourth)).isEqualTo(Money.euros("10.50"));

        // The frozen split does not move when the cap is used up by later orders.
        assertThat(employer(orders.find(ines, first.id()))).isEqualTo(Money.euros("19.50"));
    }

    @Test
    void aResidentWithoutEmployerPaysTheWholePriceEvenWhereTheEmployerSubsidises() {
        CurrentUser neighbour = people.member(SITE_AQUITAINE);
        OrderView order = shirts(neighbour, 2);
        assertThat(employer(order)).isEqualTo(Money.ZERO);
        assertThat(order.memberAmount()).isEqualTo(Money.euros("7.80"));
    }

    @Test
    void theDeskOrdersForAMemberWithTheirEmployerAndTheOrderIsAcceptedAtOnce() {
        CurrentUser ines = people.employee(SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE);
        CurrentUser sandrine = demo("concierge2@relais.test");
        OrderView order =
                orders.place(sandrine, new PlaceOrder(OFFER_AQUITAINE_CHEMISE, 2, "Au comptoir", ines.accountId()));
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.memberId()).isEqualTo(ines.accountId());
        assertThat(order.memberName()).isEqualTo(ines.displayName());
        assertThat(employer(order)).isEqualTo(Money.euros("3.90"));
        assertThat(order.timeline()).extracting(OrderView.TimelineEntry::action).containsExactly("PLACE", "ACCEPT");
        assertThat(orders.myOrders(ines, null, 10).items())
                .extracting(OrderView::id)
                .contains(order.id());
    }

    @Test
    void onlyTheDeskOrdersForSomeoneElseAndOnlyForAMemberOfItsSite() {
        CurrentUser lucien = demo("habitant@relais.test");
        CurrentUser karim = demo("concierge@relais.test");
        CurrentUser stranger = people.member(SITE_AQUITAINE);
        assertThatThrownBy(() -> orders.place(lucien, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, ACCOUNT_SALARIE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> orders.place(karim, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, stranger.accountId())))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.notAMember");
        assertThatThrownBy(() -> orders.place(karim, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.memberRequired");
        // Another site's offer is simply not there.
        assertThatThrownBy(
                        () -> orders.place(karim, new PlaceOrder(OFFER_AQUITAINE_CHEMISE, 1, null, ACCOUNT_HABITANT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orders.place(lucien, new PlaceOrder(OFFER_AQUITAINE_CHEMISE, 1, null, null)))
                .isInstanceOf(NotFoundException.class);
        // The badge activation is for organisations, ordered at the desk.
        assertThatThrownBy(() -> orders.place(lucien, new PlaceOrder(OFFER_BASTIDE_BADGE, 1, null, null)))
                .hasMessage("orders.error.forOrganisations");
        OrderView badge = orders.place(karim, new PlaceOrder(OFFER_BASTIDE_BADGE, 1, null, ACCOUNT_HABITANT));
        assertThat(badge.lines().get(0).siteOwnerAmount()).isEqualTo(Money.euros("12.00"));
        assertThat(badge.lines().get(0).siteOwnerId()).isEqualTo(CLIENT_HABITAT_GARONNE);
        assertThat(badge.memberAmount()).isEqualTo(Money.ZERO);
    }

    @Test
    void theDueDateCountsTheSitesOpenDaysFromToday() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Set<DayOfWeek> bastideOpen = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(order.dueOn()).isEqualTo(DueDates.due(today, 2, bastideOpen, bastideOpen));
        assertThat(order.dueOn().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(order.late()).isFalse();
    }

    @Test
    void referencesAreUniqueEvenWhenOrdersArePlacedAtTheSameTime() throws Exception {
        CurrentUser member = people.member(SITE_BASTIDE);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = java.util.stream.IntStream.range(0, 12)
                    .<Callable<String>>mapToObj(i ->
                            () -> orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1 + i, null, null))
                                    .reference())
                    .toList();
            List<String> references = new java.util.ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                references.add(f.get());
            }
            assertThat(references)
                    .allMatch(r -> r.matches("CMD-20\\d\\d-\\d{6}"))
                    .doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eachStepPublishesItsEventsAndNotifiesOnce() {
        CurrentUser member = people.member(SITE_BASTIDE);
        CurrentUser karim = demo("concierge@relais.test");
        CurrentUser moussa = demo("pressing@relais.test");
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 3, null, null));
        assertThat(events.stream(OrderPlaced.class).filter(e -> e.orderId().equals(order.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo(order.reference()));
        UUID id = order.id();
        orders.act(karim, id, OrderAction.ACCEPT, ActionInput.NONE);
        orders.act(karim, id, OrderAction.DISPATCH, new ActionInput(PROVIDER_PRESSING, null, null, null, false, null));
        orders.act(moussa, id, OrderAction.START, ActionInput.NONE);
        orders.act(moussa, id, OrderAction.READY, ActionInput.NONE);
        String code = mailedCode(id);
        assertThat(orders.find(member, id).pickupCode()).isEqualTo(code);
        assertThat(orders.find(karim, id).pickupCode()).isNull();
        assertThat(orders.find(moussa, id).pickupCode()).isNull();
        orders.act(karim, id, OrderAction.DELIVER, new ActionInput(null, null, null, code, false, null));

        assertThat(events.stream(OrderStatusChanged.class)
                        .filter(e -> e.orderId().equals(id)))
                .extracting(OrderStatusChanged::to)
                .containsExactly(
                        OrderStatus.ACCEPTED,
                        OrderStatus.DISPATCHED,
                        OrderStatus.IN_PROGRESS,
                        OrderStatus.READY,
                        OrderStatus.DELIVERED);
        OrderDelivered delivered = events.stream(OrderDelivered.class)
                .filter(e -> e.orderId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(delivered.siteId()).isEqualTo(SITE_BASTIDE);
        assertThat(delivered.memberId()).isEqualTo(member.accountId());
        assertThat(delivered.providerId()).isEqualTo(PROVIDER_PRESSING);
        assertThat(delivered.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.euros("11.70"));
            assertThat(line.vatRate()).isEqualByComparingTo("20");
            assertThat(line.memberAmount()).isEqualTo(Money.euros("11.70"));
        });

        List<String> keys = jdbc.sql("SELECT dedup_key FROM mail_outbox WHERE dedup_key LIKE ? ORDER BY created_at")
                .param("order:" + id + ":%")
                .query(String.class)
                .list();
        assertThat(keys).anyMatch(k -> k.contains(":accepted:"));
        assertThat(keys).anyMatch(k -> k.contains(":ready:"));
        assertThat(keys).anyMatch(k -> k.contains(":delivered:"));
        assertThat(keys).anyMatch(k -> k.contains(":dispatched:") && k.endsWith(":" + ACCOUNT_PRESSING));
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.stream().filter(k -> !k.contains(":dispatched:"))).hasSize(3);
        assertThat(jdbc.sql("SELECT recipient FROM mail_outbox WHERE dedup_key LIKE ?")
                        .param("order:" + id + ":ready:%")
                        .query(String.class)
                        .single())
                .isEqualTo(member.email());
    }

    @Test
    void cancellingPublishesOrderCancelled() {
        CurrentUser member = people.member(SITE_BASTIDE);
        OrderView order = orders.place(member, new PlaceOrder(OFFER_BASTIDE_CHEMISE, 1, null, null));
        orders.act(member, order.id(), OrderAction.CANCEL, new ActionInput(null, "Erreur", null, null, false, null));
        assertThat(events.stream(OrderCancelled.class).filter(e -> e.orderId().equals(order.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.previousStatus()).isEqualTo(OrderStatus.SUBMITTED);
                    assertThat(e.reason()).isEqualTo("Erreur");
                });
    }

    /** The pickup code as the member reads it in their e-mail (the outbox row). */
    private String mailedCode(UUID orderId) {
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE dedup_key LIKE ?")
                .param("order:" + orderId + ":ready:%")
                .query(String.class)
                .single();
        var matcher = java.util.regex.Pattern.compile("(?:code de retrait|pickup code)\\D*(\\d{6})")
                .matcher(text);
        assertThat(matcher.find()).as("a six-digit code in: " + text).isTrue();
        return matcher.group(1);
    }
}
