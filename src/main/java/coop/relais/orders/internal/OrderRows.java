package coop.relais.orders.internal;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.orders.OrderStatus;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.DaysOfWeekColumn;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Orders, their lines and their timeline in the database. */

/** How an order's row of {@code customer_order} reads into {@link OrderData}, and the small conversions both ways. */
final class OrderRows {

    private OrderRows() {}

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

    static OrderData.Parties parties(ResultSet rs) throws SQLException {
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

    static OrderData.Service service(ResultSet rs) throws SQLException {
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
                DaysOfWeekColumn.read(rs.getString("days_offered")),
                coop.relais.catalogue.PersonalServiceActivity.fromCode(rs.getString("personal_service"))
                        .orElse(null));
    }

    static OrderData.Pickup pickup(ResultSet rs) throws SQLException {
        String handover = rs.getString("handover_method");
        return new OrderData.Pickup(
                rs.getString("pickup_code"),
                rs.getInt("pickup_attempts"),
                rs.getBoolean("pickup_locked"),
                handover == null ? null : Handover.valueOf(handover),
                rs.getString("collected_by"));
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    static Money nullableMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Money.of(value);
    }

    static OrderStatus status(String name) {
        return name == null ? null : OrderStatus.valueOf(name);
    }

    static List<String> names(Set<OrderStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
