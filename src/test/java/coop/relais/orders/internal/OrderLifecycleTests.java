package coop.relais.orders.internal;

import static coop.relais.orders.OrderAction.*;
import static coop.relais.orders.internal.ActorKind.*;
import static coop.relais.orders.internal.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.catalogue.PriceModel;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole lifecycle: every status × every action × every kind of actor, against the expected table
 * written out here independently of {@link Transitions}.
 */
class OrderLifecycleTests {

    private record Expected(OrderStatus to, Set<ActorKind> actors) {}

    private static final Map<OrderStatus, Map<OrderAction, Expected>> EXPECTED = new EnumMap<>(OrderStatus.class);

    private static void legal(OrderStatus from, OrderAction action, OrderStatus to, ActorKind... actors) {
        EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(OrderAction.class))
                .put(action, new Expected(to, EnumSet.copyOf(List.of(actors))));
    }

    static {
        legal(OrderStatus.SUBMITTED, ACCEPT, OrderStatus.ACCEPTED, STAFF);
        legal(OrderStatus.SUBMITTED, CANCEL, OrderStatus.CANCELLED, MEMBER, STAFF);
        legal(OrderStatus.ACCEPTED, DISPATCH, OrderStatus.DISPATCHED, STAFF);
        legal(OrderStatus.ACCEPTED, START, OrderStatus.IN_PROGRESS, STAFF);
        legal(OrderStatus.ACCEPTED, CANCEL, OrderStatus.CANCELLED, MEMBER, STAFF);
        legal(OrderStatus.QUOTE_REQUESTED, QUOTE, OrderStatus.QUOTED, PROVIDER, STAFF);
        legal(OrderStatus.QUOTE_REQUESTED, DECLINE, OrderStatus.DECLINED, PROVIDER);
        legal(OrderStatus.QUOTE_REQUESTED, CANCEL, OrderStatus.CANCELLED, MEMBER, STAFF);
        legal(OrderStatus.QUOTED, ACCEPT_QUOTE, OrderStatus.DISPATCHED, MEMBER, STAFF);
        legal(OrderStatus.QUOTED, REFUSE_QUOTE, OrderStatus.CANCELLED, MEMBER, STAFF);
        legal(OrderStatus.QUOTED, CANCEL, OrderStatus.CANCELLED, MEMBER, STAFF);
        legal(OrderStatus.DISPATCHED, ACCEPT, OrderStatus.DISPATCHED, PROVIDER);
        legal(OrderStatus.DISPATCHED, DECLINE, OrderStatus.DECLINED, PROVIDER);
        legal(OrderStatus.DISPATCHED, START, OrderStatus.IN_PROGRESS, PROVIDER, STAFF);
        legal(OrderStatus.DISPATCHED, OrderAction.INCIDENT, OrderStatus.INCIDENT, PROVIDER, STAFF);
        legal(OrderStatus.DISPATCHED, CANCEL, OrderStatus.CANCELLED, STAFF);
        legal(OrderStatus.DECLINED, DISPATCH, OrderStatus.DISPATCHED, STAFF);
        legal(OrderStatus.DECLINED, CANCEL, OrderStatus.CANCELLED, STAFF);
        legal(OrderStatus.IN_PROGRESS, OrderAction.READY, OrderStatus.READY, PROVIDER, STAFF);
        legal(OrderStatus.IN_PROGRESS, COMPLETE, OrderStatus.DELIVERED, PROVIDER, STAFF);
        legal(OrderStatus.IN_PROGRESS, OrderAction.INCIDENT, OrderStatus.INCIDENT, PROVIDER, STAFF);
        legal(OrderStatus.READY, DELIVER, OrderStatus.DELIVERED, STAFF);
        legal(OrderStatus.READY, OrderAction.INCIDENT, OrderStatus.INCIDENT, STAFF);
        legal(OrderStatus.INCIDENT, DISPATCH, OrderStatus.DISPATCHED, STAFF);
        legal(OrderStatus.INCIDENT, OrderAction.READY, OrderStatus.READY, PROVIDER, STAFF);
        legal(OrderStatus.INCIDENT, CANCEL, OrderStatus.CANCELLED, STAFF);
    }

    static Stream<Arguments> everyStatusActionAndActor() {
        List<Arguments> cases = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            for (OrderAction action : OrderAction.values()) {
                for (ActorKind actor : ActorKind.values()) {
                    cases.add(Arguments.of(status, action, actor));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> as {2}")
    @MethodSource("everyStatusActionAndActor")
    void everyPairIsAllowedOrRefusedAsTheTableSays(OrderStatus status, OrderAction action, ActorKind actor) {
        PriceModel model = status == OrderStatus.QUOTE_REQUESTED || status == OrderStatus.QUOTED
                ? PriceModel.ON_QUOTE
                : PriceModel.PER_UNIT;
        Order order = orderIn(status, model);
        CurrentUser user = as(actor);
        Expected expected = EXPECTED.getOrDefault(status, Map.of()).get(action);
        boolean canSee = actor != PROVIDER || providerHolds(status);

        if (!canSee) {
            assertThatThrownBy(() -> apply(order, action, user)).isInstanceOf(NotFoundException.class);
        } else if (expected != null && expected.actors().contains(actor)) {
            int stepsBefore = order.recordedSteps().size();
            apply(order, action, user);
            assertThat(order.status()).isEqualTo(expected.to());
            assertThat(order.recordedSteps()).hasSize(stepsBefore + 1);
            Step step = order.recordedSteps().get(order.recordedSteps().size() - 1);
            assertThat(step.from()).isEqualTo(status);
            assertThat(step.to()).isEqualTo(expected.to());
            assertThat(step.actorId()).isEqualTo(user.accountId());
            assertThat(step.actorRole()).isEqualTo(actor.name());
            assertThat(step.at()).isEqualTo(NOW.plusSeconds(60));
        } else if (neverAllowed(action, actor)) {
            assertThatThrownBy(() -> apply(order, action, user)).isInstanceOf(AccessDeniedException.class);
            assertThat(order.status()).isEqualTo(status);
        } else {
            assertThatThrownBy(() -> apply(order, action, user))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(order.status()).isEqualTo(status);
            assertThat(order.recordedSteps()).isEmpty();
        }
    }

    private static boolean neverAllowed(OrderAction action, ActorKind actor) {
        return EXPECTED.values().stream()
                .map(rules -> rules.get(action))
                .noneMatch(rule -> rule != null && rule.actors().contains(actor));
    }

    /** Applies the action with valid input, the way the desk, the member or the provider would. */
    static void apply(Order order, OrderAction action, CurrentUser user) {
        var at = NOW.plusSeconds(60);
        switch (action) {
            case ACCEPT -> order.accept(user, at);
            case DISPATCH -> order.dispatch(user, PROVIDER_ID, "Pressing Solidaire", true, at);
            case START -> order.start(user, at);
            case READY -> order.markReady(user, "123456", at);
            case DELIVER -> order.deliverWithCode(user, CODE, null, at, PickupCodeTests.CODES);
            case COMPLETE -> order.complete(user, at);
            case CANCEL -> order.cancel(user, null, at);
            case DECLINE -> order.decline(user, "Machine en panne", at);
            case INCIDENT -> order.reportIncident(user, "Chemise tachée", at);
            case QUOTE -> order.quote(user, Money.euros("45.00"), null, at);
            case ACCEPT_QUOTE -> order.acceptQuote(user, List.of(line("45.00")), LocalDate.parse("2026-03-17"), at);
            case REFUSE_QUOTE -> order.refuseQuote(user, null, at);
        }
    }

    private static OrderLine line(String amount) {
        return PayerSplit.line(
                1,
                "Retouches",
                1,
                Money.euros(amount),
                new BigDecimal("20"),
                new PayerTerms(null, BigDecimal.ZERO, null, null, BigDecimal.ZERO),
                Money.ZERO);
    }

    @Test
    void theProductionTableIsTheExpectedOne() {
        for (OrderStatus status : OrderStatus.values()) {
            for (OrderAction action : OrderAction.values()) {
                Expected expected = EXPECTED.getOrDefault(status, Map.of()).get(action);
                var rule = Transitions.rule(status, action);
                assertThat(rule.isPresent()).as(status + " " + action).isEqualTo(expected != null);
                rule.ifPresent(r -> {
                    assertThat(r.to()).isEqualTo(expected.to());
                    assertThat(r.actors()).isEqualTo(expected.actors());
                });
            }
        }
    }

    @Test
    void deliveredAndCancelledOrdersAreClosedForEveryone() {
        for (OrderStatus closed : List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED)) {
            assertThat(Transitions.available(closed, EnumSet.allOf(ActorKind.class)))
                    .isEmpty();
            assertThatThrownBy(() -> orderIn(closed).cancel(staff, null, NOW))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("orders.error.closed");
        }
    }

    @Test
    void aMemberMayCancelUntilDispatchThenIsToldToCallTheDesk() {
        Order submitted = orderIn(OrderStatus.SUBMITTED);
        submitted.cancel(member, "Plus besoin", NOW);
        assertThat(submitted.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(submitted.recordedSteps().get(0).note()).isEqualTo("Plus besoin");

        assertThatThrownBy(() -> orderIn(OrderStatus.DISPATCHED).cancel(member, null, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.cancelTooLate");
    }

    @Test
    void nobodyOutsideTheOrderSeesIt() {
        Order order = orderIn(OrderStatus.DISPATCHED);
        for (CurrentUser stranger : List.of(otherMember, otherSiteStaff, otherProvider)) {
            assertThat(order.visibleTo(stranger)).isFalse();
            assertThatThrownBy(() -> order.start(stranger, NOW)).isInstanceOf(NotFoundException.class);
        }
        assertThat(order.visibleTo(admin)).isTrue();
        order.start(admin, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void theProviderAcknowledgesAJobOnceAndItStaysDispatched() {
        Order order = orderIn(OrderStatus.DISPATCHED);
        assertThat(order.availableActions(provider)).contains(ACCEPT);
        order.accept(provider, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
        assertThat(order.data().providerAcceptedAt()).isEqualTo(NOW);
        assertThat(order.availableActions(provider)).doesNotContain(ACCEPT).contains(START, DECLINE);
        assertThatThrownBy(() -> order.accept(provider, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.alreadyAccepted");
    }

    @Test
    void aDeclinedJobLeavesTheProviderAndGoesBackToTheDesk() {
        Order order = orderIn(OrderStatus.DISPATCHED);
        order.decline(provider, "Trop de travail", NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.DECLINED);
        assertThat(order.data().providerId()).isNull();
        assertThat(order.visibleTo(provider)).isFalse();
        order.dispatch(staff, OTHER_PROVIDER_ID, "Autre", true, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
        assertThat(order.visibleTo(otherProvider)).isTrue();
    }

    @Test
    void aDeclinedQuoteRequestIsDispatchedAgainAsAQuoteRequest() {
        Order order = orderIn(OrderStatus.QUOTE_REQUESTED, PriceModel.ON_QUOTE);
        order.decline(provider, "Pas ce tissu", NOW);
        order.dispatch(staff, OTHER_PROVIDER_ID, "Autre atelier", true, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.QUOTE_REQUESTED);
    }

    @Test
    void dispatchNeedsAProviderServingTheSite() {
        assertThatThrownBy(() -> orderIn(OrderStatus.ACCEPTED).dispatch(staff, null, null, false, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.providerRequired");
        assertThatThrownBy(() -> orderIn(OrderStatus.ACCEPTED).dispatch(staff, OTHER_PROVIDER_ID, "X", false, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.providerNotServing");
    }

    @Test
    void declineAndIncidentNeedAReason() {
        assertThatThrownBy(() -> orderIn(OrderStatus.DISPATCHED).decline(provider, "  ", NOW))
                .hasMessage("orders.error.reasonRequired");
        assertThatThrownBy(() -> orderIn(OrderStatus.IN_PROGRESS).reportIncident(provider, null, NOW))
                .hasMessage("orders.error.reasonRequired");
        assertThatThrownBy(() -> orderIn(OrderStatus.IN_PROGRESS).reportIncident(provider, "x".repeat(10_000), NOW))
                .hasMessage("orders.error.tooLong");
    }

    @Test
    void aQuoteIsAPositiveAmountWithinReason() {
        Order order = orderIn(OrderStatus.QUOTE_REQUESTED, PriceModel.ON_QUOTE);
        for (String amount : List.of("0", "-5", "100000.01")) {
            assertThatThrownBy(() -> order.quote(provider, Money.euros(amount), null, NOW))
                    .hasMessage("orders.error.amountRange");
        }
        assertThatThrownBy(() -> order.quote(provider, null, null, NOW)).hasMessage("orders.error.amountRequired");
        order.quote(provider, Money.euros("38.50"), "Ourlet et fermeture", NOW);
        assertThat(order.data().quoteAmount()).isEqualTo(Money.euros("38.50"));
        assertThat(order.status()).isEqualTo(OrderStatus.QUOTED);
    }

    @Test
    void acceptingTheQuoteFreezesThePriceAndSendsTheJobToTheProviderWhoQuoted() {
        Order order = orderIn(OrderStatus.QUOTED, PriceModel.ON_QUOTE);
        order.acceptQuote(member, List.of(line("45.00")), LocalDate.parse("2026-03-17"), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
        assertThat(order.data().providerId()).isEqualTo(PROVIDER_ID);
        assertThat(order.data().providerAcceptedAt()).isNotNull();
        assertThat(order.data().totalAmount()).isEqualTo(Money.euros("45.00"));
        assertThat(order.data().dueOn()).isEqualTo(LocalDate.parse("2026-03-17"));
        assertThat(order.linesChanged()).isTrue();
    }

    @Test
    void lateMeansPastDueAndStillWaitingForTheDeskOrTheProvider() {
        LocalDate due = LocalDate.parse("2026-03-12");
        assertThat(Order.isLate(OrderStatus.IN_PROGRESS, due, due)).isFalse();
        assertThat(Order.isLate(OrderStatus.IN_PROGRESS, due, due.plusDays(1))).isTrue();
        assertThat(Order.isLate(OrderStatus.SUBMITTED, due, due.plusDays(1))).isTrue();
        assertThat(Order.isLate(OrderStatus.READY, due, due.plusDays(5))).isFalse();
        assertThat(Order.isLate(OrderStatus.DELIVERED, due, due.plusDays(5))).isFalse();
        assertThat(Order.isLate(OrderStatus.CANCELLED, due, due.plusDays(5))).isFalse();
        assertThat(Order.isLate(OrderStatus.QUOTE_REQUESTED, null, due)).isFalse();
    }
}
