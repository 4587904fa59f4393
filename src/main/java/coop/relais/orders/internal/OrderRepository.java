package coop.relais.orders.internal;

import coop.relais.orders.OrderLine;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.DaysOfWeekColumn;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
            pickup_attempts, pickup_locked, handover_method, collected_by, last_seq, personal_service""";

    static final String SELECT = "SELECT " + COLUMNS + " FROM customer_order ";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- aggregate

    public Optional<Order> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(OrderRows::data)
                .optional()
                .map(data -> Order.restore(data, lines(id)));
    }

    /** The order, locked until the end of the transaction so that two changes never interleave. */
    public Optional<Order> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE")
                .param(id)
                .query(OrderRows::data)
                .optional()
                .map(data -> Order.restore(data, lines(id)));
    }

    public void insert(Order order) {
        OrderData d = order.data();
        PayerTerms t = d.terms();
        jdbc.sql(
                        "INSERT INTO customer_order (" + COLUMNS + ") VALUES ("
                                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
                        OrderRows.amount(d.unitPrice()),
                        d.vatRate(),
                        d.leadTimeDays(),
                        DaysOfWeekColumn.write(d.daysOffered()),
                        t.employerId(),
                        t.employerPercent(),
                        OrderRows.amount(t.employerMonthlyCap()),
                        t.siteOwnerId(),
                        t.siteOwnerPercent(),
                        d.offerProviderId(),
                        d.providerId(),
                        Instants.param(d.providerAcceptedAt()),
                        d.status().name(),
                        d.quantity(),
                        d.note(),
                        OrderRows.amount(d.quoteAmount()),
                        OrderRows.amount(d.totalAmount()),
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
                        d.lastSeq(),
                        d.personalService() == null ? null : d.personalService().name())
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
                        OrderRows.amount(d.quoteAmount()),
                        OrderRows.amount(d.totalAmount()),
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
                                OrderRows.amount(line.unitPrice()),
                                OrderRows.amount(line.amount()),
                                line.vatRate(),
                                OrderRows.amount(line.memberAmount()),
                                OrderRows.amount(line.employerAmount()),
                                line.employerId(),
                                OrderRows.amount(line.siteOwnerAmount()),
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
                        OrderRows.money(rs, "unit_price"),
                        OrderRows.money(rs, "amount"),
                        rs.getBigDecimal("vat_rate"),
                        OrderRows.money(rs, "member_amount"),
                        OrderRows.money(rs, "employer_amount"),
                        rs.getObject("employer_id", UUID.class),
                        OrderRows.money(rs, "site_owner_amount"),
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
                        OrderRows.status(rs.getString("from_status")),
                        OrderRows.status(rs.getString("to_status")),
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
}
