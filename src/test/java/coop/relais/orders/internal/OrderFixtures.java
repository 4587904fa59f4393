package coop.relais.orders.internal;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Orders in any status and people in any capacity, for the unit tests of the aggregate. */
final class OrderFixtures {

    static final UUID SITE = UUID.randomUUID();
    static final UUID OTHER_SITE = UUID.randomUUID();
    static final UUID MEMBER_ID = UUID.randomUUID();
    static final UUID PROVIDER_ID = UUID.randomUUID();
    static final UUID OTHER_PROVIDER_ID = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final String CODE = "482915";

    static final CurrentUser member =
            new CurrentUser(MEMBER_ID, "m@relais.test", "Lucien", "fr", List.of(RoleGrant.atSite(Role.MEMBER, SITE)));
    static final CurrentUser otherMember = new CurrentUser(
            UUID.randomUUID(), "o@relais.test", "Other", "fr", List.of(RoleGrant.atSite(Role.MEMBER, SITE)));
    static final CurrentUser staff = new CurrentUser(
            UUID.randomUUID(), "c@relais.test", "Karim", "fr", List.of(RoleGrant.atSite(Role.CONCIERGE, SITE)));
    static final CurrentUser otherSiteStaff = new CurrentUser(
            UUID.randomUUID(),
            "c2@relais.test",
            "Sandrine",
            "fr",
            List.of(RoleGrant.atSite(Role.CONCIERGE, OTHER_SITE)));
    static final CurrentUser provider = new CurrentUser(
            UUID.randomUUID(),
            "p@relais.test",
            "Moussa",
            "fr",
            List.of(RoleGrant.forOrganisation(Role.PROVIDER, PROVIDER_ID)));
    static final CurrentUser otherProvider = new CurrentUser(
            UUID.randomUUID(),
            "p2@relais.test",
            "Fatou",
            "fr",
            List.of(RoleGrant.forOrganisation(Role.PROVIDER, OTHER_PROVIDER_ID)));
    static final CurrentUser admin =
            new CurrentUser(UUID.randomUUID(), "a@relais.test", "Agnès", "fr", List.of(RoleGrant.admin()));

    private OrderFixtures() {}

    /** Statuses in which a provider holds the job. */
    static boolean providerHolds(OrderStatus status) {
        return !EnumSet.of(OrderStatus.SUBMITTED, OrderStatus.ACCEPTED, OrderStatus.DECLINED)
                .contains(status);
    }

    static Order orderIn(OrderStatus status) {
        return orderIn(status, PriceModel.PER_UNIT);
    }

    static Order orderIn(OrderStatus status, PriceModel model) {
        boolean quote = model == PriceModel.ON_QUOTE;
        boolean priced = !quote
                || !EnumSet.of(OrderStatus.QUOTE_REQUESTED, OrderStatus.QUOTED, OrderStatus.DECLINED)
                        .contains(status);
        PayerTerms terms = new PayerTerms(null, BigDecimal.ZERO, null, null, BigDecimal.ZERO);
        Money unitPrice = quote ? null : Money.euros("3.90");
        List<OrderLine> lines = priced
                ? List.of(PayerSplit.line(
                        1,
                        "Pressing — chemise",
                        3,
                        quote ? Money.euros("45.00") : unitPrice,
                        new BigDecimal("20"),
                        terms,
                        Money.ZERO))
                : List.of();
        OrderData data = new OrderData(
                UUID.randomUUID(),
                "CMD-2026-000001",
                new OrderData.Parties(SITE, MEMBER_ID, "Lucien", MEMBER_ID, terms),
                new OrderData.Service(
                        UUID.randomUUID(),
                        PROVIDER_ID,
                        "Pressing — chemise",
                        model,
                        quote ? null : PriceUnit.ITEM,
                        unitPrice,
                        new BigDecimal("20"),
                        2,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        null),
                3,
                null,
                new OrderData.Assignment(providerHolds(status) ? PROVIDER_ID : null, null),
                new OrderData.Pricing(
                        status == OrderStatus.QUOTED || (quote && priced) ? Money.euros("45.00") : null,
                        priced ? lines.get(0).amount() : null,
                        priced ? NOW : null,
                        priced ? LocalDate.parse("2026-03-12") : null),
                new OrderData.Pickup(
                        status == OrderStatus.READY ? CODE : null,
                        0,
                        false,
                        status == OrderStatus.DELIVERED ? Handover.CODE : null,
                        null),
                new OrderData.Progress(status, NOW, NOW, status.isClosed() ? NOW : null, 1));
        return Order.restore(data, lines);
    }

    static CurrentUser as(ActorKind kind) {
        return switch (kind) {
            case MEMBER -> member;
            case STAFF -> staff;
            case PROVIDER -> provider;
        };
    }
}
