package coop.relais.orders.internal;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.OrderLine;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.DaysOfWeekColumn;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders, their lines and their timeline in the database. */
@Repository
public class OrderRepository {

    private static final String COLUMNS = """
            id, reference, site_id, member_id, member_name, placed_by, offer_id, service_name, price_model, unit,
            unit_price, vat_rate, lead_time_days, days_offered, employer_id, employer_percent, employer_monthly_cap,
            site_owner_id, site_owner_percent, offer_provider_id, provider_id, provider_accepted_at, status, quantity,
            note, quote_amount, total_amount, priced_at, due_on, placed_at, updated_at, closed_at, pickup_code,
            pickup_attempts, pickup_locked, handover_method, collected_by, last_seq""";

    static final String SELECT = "SELECT " + COLUMNS + " FROM customer_order ";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- aggregate

    public Optional<Order> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(OrderRepository::data)
                .optional()
                .map(data -> Order.restore(data, lines(id)));
    }

    /** The order, locked until the end of the transaction so that two changes never interleave. */
    public Optional<Order> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE")
                .param(id)
                .query(OrderRepository::data)
                .optional()
                .map(data -> Order.restore(data, lines(id)));
    }

    public void insert(Order order) {
        OrderData d = order.data();
        PayerTerms t = d.terms();
        jdbc.sql(
                        "INSERT INTO customer_order (" + COLUMNS + ") VALUES ("
                                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.reference(),
                        d.siteId(),
                        d.memberId(),
                        d.memberName(),
                        d.placedBy(),
                        d.offerId(),
                        d.serviceName(),
                        d.priceModel().name(),
                        d.unit() == null ? null : d.unit().name(),
                        amount(d.unitPrice()),
                        d.vatRate(),
                        d.leadTimeDays(),
                        DaysOfWeekColumn.write(d.daysOffered()),
                        t.employerId(),
                        t.employerPercent(),
                        amount(t.employerMonthlyCap()),
                        t.siteOwnerId(),
                        t.siteOwnerPercent(),
                        d.offerProviderId(),
                        d.providerId(),
                        Instants.param(d.providerAcceptedAt()),
                        d.status().name(),
                        d.quantity(),
                        d.note(),
                        amount(d.quoteAmount()),
                        amount(d.totalAmount()),
                        Instants.param(d.pricedAt()),
                        d.dueOn(),
                        Instants.param(d.placedAt()),
                        Instants.param(d.updatedAt()),
                        Instants.param(d.closedAt()),
                        d.pickupCode(),
                        d.pickupAttempts(),
                        d.pickupLocked(),
                        d.handover() == null ? null : d.handover().name(),
                        d.collectedBy(),
                        d.lastSeq())
                .update();
        writeChanges(order);
    }

    public void update(Order order) {
        OrderData d = order.data();
        int expectedSeq = d.lastSeq() - order.recordedSteps().size();
        int updated = jdbc.sql("""
                        UPDATE customer_order SET provider_id = ?, provider_accepted_at = ?, status = ?, quote_amount = ?,
                               total_amount = ?, priced_at = ?, due_on = ?, updated_at = ?, closed_at = ?, pickup_code = ?,
                               pickup_attempts = ?, pickup_locked = ?, handover_method = ?, collected_by = ?, last_seq = ?
                         WHERE id = ? AND last_seq = ?""")
                .params(
                        d.providerId(),
                        Instants.param(d.providerAcceptedAt()),
                        d.status().name(),
                        amount(d.quoteAmount()),
                        amount(d.totalAmount()),
                        Instants.param(d.pricedAt()),
                        d.dueOn(),
                        Instants.param(d.updatedAt()),
                        Instants.param(d.closedAt()),
                        d.pickupCode(),
                        d.pickupAttempts(),
                        d.pickupLocked(),
                        d.handover() == null ? null : d.handover().name(),
                        d.collectedBy(),
                        d.lastSeq(),
                        d.id(),
                        expectedSeq)
                .update();
        if (updated != 1) {
            throw new DomainException("orders.error.changedMeanwhile");
        }
        writeChanges(order);
    }

    private void writeChanges(Order order) {
        if (order.linesChanged()) {
            for (OrderLine line : order.lines()) {
                jdbc.sql("""
                                INSERT INTO order_line (id, order_id, position, description, quantity, unit_price, amount, vat_rate,
                                    member_amount, employer_amount, employer_id, site_owner_amount, site_owner_id)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                UUID.randomUUID(),
                                order.id(),
                                line.position(),
                                line.description(),
                                line.quantity(),
                                amount(line.unitPrice()),
                                amount(line.amount()),
                                line.vatRate(),
                                amount(line.memberAmount()),
                                amount(line.employerAmount()),
                                line.employerId(),
                                amount(line.siteOwnerAmount()),
                                line.siteOwnerId())
                        .update();
            }
        }
        for (Step step : order.recordedSteps()) {
            jdbc.sql("""
                            INSERT INTO order_event (id, order_id, seq, action, from_status, to_status, actor_id, actor_name,
                                actor_role, occurred_at, note)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            step.id(),
                            order.id(),
                            step.seq(),
                            step.action(),
                            step.from() == null ? null : step.from().name(),
                            step.to().name(),
                            step.actorId(),
                            step.actorName(),
                            step.actorRole(),
                            Instants.param(step.at()),
                            step.note())
                    .update();
        }
    }

    public List<OrderLine> lines(UUID orderId) {
        return jdbc.sql("""
                        SELECT position, description, quantity, unit_price, amount, vat_rate, member_amount, employer_amount,
                               employer_id, site_owner_amount, site_owner_id
                          FROM order_line WHERE order_id = ? ORDER BY position""")
                .param(orderId)
                .query((rs, n) -> new OrderLine(
                        rs.getInt("position"),
                        rs.getString("description"),
                        rs.getInt("quantity"),
                        money(rs, "unit_price"),
                        money(rs, "amount"),
                        rs.getBigDecimal("vat_rate"),
                        money(rs, "member_amount"),
                        money(rs, "employer_amount"),
                        rs.getObject("employer_id", UUID.class),
                        money(rs, "site_owner_amount"),
                        rs.getObject("site_owner_id", UUID.class)))
                .list();
    }

    public List<Step> steps(UUID orderId) {
        return jdbc.sql("""
                        SELECT id, seq, action, from_status, to_status, actor_id, actor_name, actor_role, occurred_at, note
                          FROM order_event WHERE order_id = ? ORDER BY seq""")
                .param(orderId)
                .query((rs, n) -> new Step(
                        rs.getObject("id", UUID.class),
                        rs.getInt("seq"),
                        rs.getString("action"),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getString("actor_role"),
                        Instants.read(rs, "occurred_at"),
                        rs.getString("note")))
                .list();
    }

    // ---------------------------------------------------------------- lists

    /**
     * What the employer already pays for this member's orders priced in [from, to): the monthly cap
     * counts it. Cancelled orders do not count.
     */
    public Money employerUsed(UUID memberId, UUID employerId, Instant from, Instant to) {
        BigDecimal used = jdbc.sql("""
                        SELECT COALESCE(SUM(l.employer_amount), 0)
                          FROM order_line l JOIN customer_order o ON o.id = l.order_id
                         WHERE o.member_id = ? AND l.employer_id = ? AND o.status <> 'CANCELLED'
                           AND o.priced_at >= ? AND o.priced_at < ?""")
                .params(memberId, employerId, Instants.param(from), Instants.param(to))
                .query(BigDecimal.class)
                .single();
        return Money.of(used);
    }

    // ---------------------------------------------------------------- mapping

    static OrderData data(ResultSet rs, int row) throws SQLException {
        return new OrderData(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                parties(rs),
                service(rs),
                rs.getInt("quantity"),
                rs.getString("note"),
                new OrderData.Assignment(
                        rs.getObject("provider_id", UUID.class), Instants.read(rs, "provider_accepted_at")),
                new OrderData.Pricing(
                        nullableMoney(rs, "quote_amount"),
                        nullableMoney(rs, "total_amount"),
                        Instants.read(rs, "priced_at"),
                        rs.getObject("due_on", LocalDate.class)),
                pickup(rs),
                new OrderData.Progress(
                        OrderStatus.valueOf(rs.getString("status")),
                        Instants.read(rs, "placed_at"),
                        Instants.read(rs, "updated_at"),
                        Instants.read(rs, "closed_at"),
                        rs.getInt("last_seq")));
    }

    private static OrderData.Parties parties(ResultSet rs) throws SQLException {
        PayerTerms terms = new PayerTerms(
                rs.getObject("employer_id", UUID.class),
                rs.getBigDecimal("employer_percent"),
                nullableMoney(rs, "employer_monthly_cap"),
                rs.getObject("site_owner_id", UUID.class),
                rs.getBigDecimal("site_owner_percent"));
        return new OrderData.Parties(
                rs.getObject("site_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getObject("placed_by", UUID.class),
                terms);
    }

    private static OrderData.Service service(ResultSet rs) throws SQLException {
        String unit = rs.getString("unit");
        return new OrderData.Service(
                rs.getObject("offer_id", UUID.class),
                rs.getObject("offer_provider_id", UUID.class),
                rs.getString("service_name"),
                PriceModel.valueOf(rs.getString("price_model")),
                unit == null ? null : PriceUnit.valueOf(unit),
                nullableMoney(rs, "unit_price"),
                rs.getBigDecimal("vat_rate"),
                rs.getInt("lead_time_days"),
                DaysOfWeekColumn.read(rs.getString("days_offered")));
    }

    private static OrderData.Pickup pickup(ResultSet rs) throws SQLException {
        String handover = rs.getString("handover_method");
        return new OrderData.Pickup(
                rs.getString("pickup_code"),
                rs.getInt("pickup_attempts"),
                rs.getBoolean("pickup_locked"),
                handover == null ? null : Handover.valueOf(handover),
                rs.getString("collected_by"));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    private static Money nullableMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Money.of(value);
    }

    private static OrderStatus status(String name) {
        return name == null ? null : OrderStatus.valueOf(name);
    }

    static List<String> names(Set<OrderStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
