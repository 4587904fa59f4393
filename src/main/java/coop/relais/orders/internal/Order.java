package coop.relais.orders.internal;

import static coop.relais.orders.OrderStatus.*;

import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PriceModel;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PickupCodePolicy;
import coop.relais.shared.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The order aggregate. Every change goes through a method named after the action, which checks the
 * actor and their scope, refuses what {@link Transitions} does not allow, and records a {@link Step}
 * of the timeline. Nothing else changes an order.
 */
public final class Order {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_NAME = 200;
    public static final Money MAX_QUOTE = Money.euros("100000.00");

    /** The statuses in which an order past its due date is late. */
    public static final Set<OrderStatus> LATE_WHEN_PAST_DUE =
            Set.copyOf(EnumSet.of(SUBMITTED, ACCEPTED, DISPATCHED, IN_PROGRESS, DECLINED, INCIDENT));

    /** What a handover with a pickup code came to. */
    public enum CodeCheck {
        DELIVERED,
        WRONG_CODE,
        LOCKED_NOW
    }

    private OrderData data;
    private List<OrderLine> lines;
    private boolean linesChanged;
    private final List<Step> recorded = new ArrayList<>();

    private Order(OrderData data, List<OrderLine> lines) {
        this.data = Objects.requireNonNull(data);
        this.lines = List.copyOf(lines);
    }

    /** An order as stored. */
    public static Order restore(OrderData data, List<OrderLine> lines) {
        return new Order(data, lines);
    }

    /**
     * A new order. A service on quote goes to its provider for a quote; any other starts SUBMITTED,
     * and is accepted at once when the desk places it (the member is standing at the counter).
     */
    public static Order place(NewOrder order, CurrentUser by, Instant at) {
        if (order.quantity() < 1 || order.quantity() > 999) {
            throw DomainException.invalid("orders.error.quantity");
        }
        OfferView offer = order.offer();
        NewOrder.Member member = order.member();
        List<OrderLine> lines = order.priced().lines();
        boolean onQuote = offer.priceModel() == PriceModel.ON_QUOTE;
        if (onQuote != lines.isEmpty()) {
            throw new IllegalArgumentException("A service on quote has no line until the quote is accepted");
        }
        Money total = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        OrderData data = new OrderData(
                order.id(),
                order.reference(),
                new OrderData.Parties(offer.siteId(), member.id(), member.name(), by.accountId(), member.terms()),
                OrderData.Service.of(offer),
                order.quantity(),
                Texts.clean(order.note(), MAX_NOTE),
                onQuote ? OrderData.Assignment.to(offer.providerId()) : OrderData.Assignment.NONE,
                onQuote
                        ? OrderData.Pricing.NOT_YET
                        : new OrderData.Pricing(null, total, at, order.priced().dueOn()),
                OrderData.Pickup.NOT_READY,
                OrderData.Progress.placed(onQuote ? QUOTE_REQUESTED : SUBMITTED, at));
        Order placed = new Order(data, lines);
        placed.linesChanged = !lines.isEmpty();
        ActorKind as = member.byDesk() ? ActorKind.STAFF : ActorKind.MEMBER;
        placed.record(Step.PLACE, null, data.status(), by, as, at, null);
        if (member.byDesk() && !onQuote) {
            placed.accept(by, at);
        }
        return placed;
    }

    // ---------------------------------------------------------------- scope

    /** In which capacities the person may act on this order; empty if it is none of their business. */
    public Set<ActorKind> actorKinds(CurrentUser user) {
        return OrderRules.actorKinds(data, user);
    }

    public boolean visibleTo(CurrentUser user) {
        return !actorKinds(user).isEmpty();
    }

    /** The actions the person may take now (buttons to show). */
    public Set<OrderAction> availableActions(CurrentUser user) {
        Set<OrderAction> actions = Transitions.available(data.status(), actorKinds(user));
        if (data.status() == DISPATCHED && data.providerAcceptedAt() != null) {
            actions.remove(OrderAction.ACCEPT);
        }
        return actions;
    }

    /** Refuses, as {@link #check} would, an action the person may not take now. */
    public void ensureAllowed(OrderAction action, CurrentUser user) {
        check(action, user);
    }

    private OrderRules.Allowed check(OrderAction action, CurrentUser user) {
        return OrderRules.check(data, action, user);
    }

    // ---------------------------------------------------------------- transitions

    /** The desk takes the order on; or the provider acknowledges a job dispatched to them. */
    public void accept(CurrentUser by, Instant at) {
        var rule = check(OrderAction.ACCEPT, by);
        if (data.status() == DISPATCHED) {
            if (data.providerAcceptedAt() != null) {
                throw new DomainException("orders.error.alreadyAccepted");
            }
            data = data.with(data.assignment().acceptedAt(at));
        }
        move(OrderAction.ACCEPT, rule, by, at, null);
    }

    /**
     * Sends the order to a provider serving the site. An order on quote that was never priced goes
     * back to the quote step with the new provider.
     */
    public void dispatch(CurrentUser by, UUID providerId, String providerName, boolean serves, Instant at) {
        var rule = check(OrderAction.DISPATCH, by);
        if (providerId == null) {
            throw DomainException.invalid("orders.error.providerRequired");
        }
        if (!serves) {
            throw DomainException.invalid("orders.error.providerNotServing");
        }
        OrderStatus to =
                data.priceModel() == PriceModel.ON_QUOTE && data.pricedAt() == null ? QUOTE_REQUESTED : rule.to();
        data = data.with(OrderData.Assignment.to(providerId));
        move(OrderAction.DISPATCH, new OrderRules.Allowed(to, rule.as()), by, at, providerName);
    }

    public void start(CurrentUser by, Instant at) {
        var rule = check(OrderAction.START, by);
        move(OrderAction.START, rule, by, at, null);
    }

    /** Ready for pickup: the member gets this new one-time code. */
    public void markReady(CurrentUser by, String newPickupCode, Instant at) {
        var rule = check(OrderAction.READY, by);
        data = data.with(data.pickup().newCode(Objects.requireNonNull(newPickupCode)));
        move(OrderAction.READY, rule, by, at, null);
    }

    /**
     * Hands over against the pickup code. A wrong code counts as a try; after the policy's number of
     * wrong tries the code is locked and only an ID check remains.
     */
    public CodeCheck deliverWithCode(
            CurrentUser by, String code, String collectorName, Instant at, PickupCodePolicy codes) {
        var rule = check(OrderAction.DELIVER, by);
        if (data.pickupLocked() || data.pickupCode() == null) {
            throw new DomainException("orders.error.codeLocked");
        }
        String given = code == null ? "" : code.strip();
        if (given.isEmpty()) {
            throw DomainException.invalid("orders.error.codeRequired");
        }
        String collector = Texts.clean(collectorName, MAX_NAME);
        if (codes.matches(given, data.pickupCode())) {
            data = data.with(data.pickup().handedOver(Handover.CODE, collector));
            move(OrderAction.DELIVER, rule, by, at, null);
            return CodeCheck.DELIVERED;
        }
        int attempts = data.pickupAttempts() + 1;
        if (codes.locks(attempts)) {
            data = data.with(data.pickup().lockedAfter(attempts));
            record(Step.CODE_LOCKED, data.status(), data.status(), by, ActorKind.STAFF, at, null);
            data = data.with(data.progress().changedAt(at));
            return CodeCheck.LOCKED_NOW;
        }
        data = data.with(data.pickup().wrongTries(attempts));
        data = data.with(data.progress().changedAt(at));
        return CodeCheck.WRONG_CODE;
    }

    /** Hands over after checking the collector's ID, recording who collected. */
    public void deliverWithIdCheck(CurrentUser by, String collectorName, Instant at) {
        var rule = check(OrderAction.DELIVER, by);
        String collector = Texts.required(collectorName, MAX_NAME, "orders.error.collectorRequired");
        data = data.with(data.pickup().handedOver(Handover.ID_CHECK, collector));
        move(OrderAction.DELIVER, rule, by, at, null);
    }

    /** A service without an item is done: nothing to collect. */
    public void complete(CurrentUser by, Instant at) {
        var rule = check(OrderAction.COMPLETE, by);
        data = data.with(data.pickup().nothingToCollect());
        move(OrderAction.COMPLETE, rule, by, at, null);
    }

    public void cancel(CurrentUser by, String reason, Instant at) {
        var rule = check(OrderAction.CANCEL, by);
        String cleaned = Texts.clean(reason, MAX_REASON);
        data = data.with(data.pickup().withoutCode());
        move(OrderAction.CANCEL, rule, by, at, cleaned);
    }

    /** The provider declines the job: it goes back to the desk to be dispatched again. */
    public void decline(CurrentUser by, String reason, Instant at) {
        var rule = check(OrderAction.DECLINE, by);
        String cleaned = Texts.required(reason, MAX_REASON, "orders.error.reasonRequired");
        data = data.with(OrderData.Assignment.NONE);
        move(OrderAction.DECLINE, rule, by, at, cleaned);
    }

    /** Lost, damaged, late: the desk decides what comes next. A pickup code stops being valid. */
    public void reportIncident(CurrentUser by, String reason, Instant at) {
        var rule = check(OrderAction.INCIDENT, by);
        String cleaned = Texts.required(reason, MAX_REASON, "orders.error.reasonRequired");
        data = data.with(data.pickup().withoutCode());
        move(OrderAction.INCIDENT, rule, by, at, cleaned);
    }

    /** The provider (or the desk for them) quotes an amount, VAT included. */
    public void quote(CurrentUser by, Money amount, String note, Instant at) {
        var rule = check(OrderAction.QUOTE, by);
        if (amount == null) {
            throw DomainException.invalid("orders.error.amountRequired");
        }
        if (amount.isNegative() || amount.isZero() || amount.compareTo(MAX_QUOTE) > 0) {
            throw DomainException.invalid("orders.error.amountRange");
        }
        String cleaned = Texts.clean(note, MAX_REASON);
        data = data.with(data.pricing().quoted(amount));
        move(OrderAction.QUOTE, rule, by, at, cleaned);
    }

    /**
     * The member accepts the quote: the priced line and its payer split are frozen now, the due date
     * counted from today, and the job goes straight to the provider who quoted.
     */
    public void acceptQuote(CurrentUser by, List<OrderLine> pricedLines, LocalDate dueOn, Instant at) {
        var rule = check(OrderAction.ACCEPT_QUOTE, by);
        if (pricedLines.isEmpty()) {
            throw new IllegalArgumentException("An accepted quote has a priced line");
        }
        lines = List.copyOf(pricedLines);
        linesChanged = true;
        Money total = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        data = data.with(data.pricing().priced(total, at, dueOn));
        data = data.with(data.assignment().acceptedAt(at));
        move(OrderAction.ACCEPT_QUOTE, rule, by, at, null);
    }

    public void refuseQuote(CurrentUser by, String reason, Instant at) {
        var rule = check(OrderAction.REFUSE_QUOTE, by);
        String cleaned = Texts.clean(reason, MAX_REASON);
        move(OrderAction.REFUSE_QUOTE, rule, by, at, cleaned);
    }

    /** Records a proof of completion (note and/or photo) in the timeline; the status does not change. */
    public void recordProof(CurrentUser by, String note, Instant at) {
        Set<ActorKind> kinds = actorKinds(by);
        if (kinds.isEmpty()) {
            throw new NotFoundException("order");
        }
        if (!kinds.contains(ActorKind.PROVIDER) && !kinds.contains(ActorKind.STAFF)) {
            throw new AccessDeniedException("Only the provider or the desk adds a proof");
        }
        if (data.status() == CANCELLED) {
            throw new DomainException("orders.error.closed", OrderRules.statusLabel(data.status()));
        }
        record(
                Step.PROOF,
                data.status(),
                data.status(),
                by,
                kinds.contains(ActorKind.PROVIDER) ? ActorKind.PROVIDER : ActorKind.STAFF,
                at,
                note);
        data = data.with(data.progress().changedAt(at));
    }

    private void move(OrderAction action, OrderRules.Allowed rule, CurrentUser by, Instant at, String note) {
        record(action.name(), data.status(), rule.to(), by, rule.as(), at, note);
        data = data.with(data.progress().movedTo(rule.to(), at));
    }

    private void record(
            String action, OrderStatus from, OrderStatus to, CurrentUser by, ActorKind as, Instant at, String note) {
        int seq = data.lastSeq() + 1;
        recorded.add(new Step(
                UUID.randomUUID(), seq, action, from, to, by.accountId(), by.displayName(), as.name(), at, note));
        data = data.with(data.progress().stepRecorded(seq));
    }

    // ---------------------------------------------------------------- reading

    public OrderData data() {
        return data;
    }

    public UUID id() {
        return data.id();
    }

    public OrderStatus status() {
        return data.status();
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** Lines priced in this unit of work, to be written. */
    public boolean linesChanged() {
        return linesChanged;
    }

    /** Steps recorded in this unit of work, to be written and published. */
    public List<Step> recordedSteps() {
        return Collections.unmodifiableList(recorded);
    }

    /** Past its due date and still waiting for the desk or the provider. */
    public boolean isLate(LocalDate today) {
        return isLate(data.status(), data.dueOn(), today);
    }

    public static boolean isLate(OrderStatus status, LocalDate dueOn, LocalDate today) {
        return dueOn != null && today.isAfter(dueOn) && LATE_WHEN_PAST_DUE.contains(status);
    }
}
