package coop.relais.booking.internal;

import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites' shared resources, with their site's time zone. */
@Repository
public class ResourceRepository {

    private static final String SELECT = """
            SELECT r.id, r.site_id, r.name, r.kind, r.description, r.capacity, r.min_minutes, r.max_minutes,
                   r.notice_minutes, r.horizon_days, r.opens_at, r.closes_at, r.price_per_hour, r.blocked,
                   r.check_in_grace_minutes, r.plate, r.energy, r.odometer_km, r.price_per_km, s.time_zone,
                   r.buffer_before_minutes, r.buffer_after_minutes, r.approval_required, r.edit_notice_minutes,
                   r.cancel_notice_minutes, r.quota_period, r.quota_scope, r.quota_minutes, r.quota_bookings,
                   r.quota_counts_cancelled, r.paid_by
            FROM booking_resource r JOIN site s ON s.id = r.site_id
            """;

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's active resources, rooms first, by name. */
    public List<ResourceView> ofSite(UUID siteId) {
        List<ResourceView> found = jdbc.sql(
                        SELECT + "WHERE r.site_id = ? AND r.active = TRUE ORDER BY r.kind DESC, r.name")
                .param(siteId)
                .query(ResourceRepository::resource)
                .list();
        Map<UUID, Set<UUID>> companies = new HashMap<>();
        jdbc.sql("""
                        SELECT c.resource_id, c.organisation_id FROM booking_resource_company c
                        JOIN booking_resource r ON r.id = c.resource_id WHERE r.site_id = ?""").param(siteId).query((RowCallbackHandler) rs -> companies
                .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                .add(rs.getObject(2, UUID.class)));
        return found.stream()
                .map(r -> companies.containsKey(r.id()) ? r.withCompanies(companies.get(r.id())) : r)
                .toList();
    }

    public Optional<ResourceView> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE r.id = ? AND r.active = TRUE")
                .param(id)
                .query(ResourceRepository::resource)
                .optional()
                .map(r -> {
                    Set<UUID> companies = new HashSet<>(
                            jdbc.sql("SELECT organisation_id FROM booking_resource_company WHERE resource_id = ?")
                                    .param(id)
                                    .query(UUID.class)
                                    .list());
                    return companies.isEmpty() ? r : r.withCompanies(companies);
                });
    }

    /**
     * Locks the resource's row until the transaction ends: bookings of one resource are written one at a
     * time, each after checking its slot is free (on H2 the only guard; on PostgreSQL an exclusion
     * constraint guards too).
     */
    public void lock(UUID id) {
        jdbc.sql("SELECT id FROM booking_resource WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    /** The columns of a resource's description and rules, in the order of {@link #rules}. */
    private static final List<String> RULE_COLUMNS = List.of(
            "name",
            "description",
            "capacity",
            "min_minutes",
            "max_minutes",
            "notice_minutes",
            "horizon_days",
            "opens_at",
            "closes_at",
            "price_per_hour",
            "vat_rate",
            "check_in_grace_minutes",
            "plate",
            "energy",
            "odometer_km",
            "price_per_km",
            "buffer_before_minutes",
            "buffer_after_minutes",
            "approval_required",
            "edit_notice_minutes",
            "cancel_notice_minutes",
            "quota_period",
            "quota_scope",
            "quota_minutes",
            "quota_bookings",
            "quota_counts_cancelled",
            "paid_by");

    public void insert(ResourceView r, BigDecimal vatRate, java.time.Instant at) {
        List<Object> values = new ArrayList<>(
                List.of(r.id(), r.siteId(), r.kind().name(), r.blocked(), coop.relais.shared.jdbc.Instants.param(at)));
        values.addAll(rules(r, vatRate));
        jdbc.sql("INSERT INTO booking_resource (id, site_id, kind, blocked, created_at, "
                        + String.join(", ", RULE_COLUMNS) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(values.size(), "?")) + ")")
                .params(values)
                .update();
        companies(r);
    }

    /** Writes the resource's description, rules and companies (not its kind, site or state). */
    public void update(ResourceView r, BigDecimal vatRate) {
        List<Object> values = new ArrayList<>(rules(r, vatRate));
        values.add(r.id());
        jdbc.sql("UPDATE booking_resource SET "
                        + String.join(
                                ", ", RULE_COLUMNS.stream().map(c -> c + " = ?").toList()) + " WHERE id = ?")
                .params(values)
                .update();
        jdbc.sql("DELETE FROM booking_resource_company WHERE resource_id = ?")
                .param(r.id())
                .update();
        companies(r);
    }

    private void companies(ResourceView r) {
        for (UUID company : r.policy().companies()) {
            jdbc.sql("INSERT INTO booking_resource_company (resource_id, organisation_id) VALUES (?, ?)")
                    .params(r.id(), company)
                    .update();
        }
    }

    /** The values of {@link #RULE_COLUMNS} for the resource (nulls kept: a list, not {@code List.of}). */
    private static List<Object> rules(ResourceView r, BigDecimal vatRate) {
        ResourceView.Quota quota = r.policy().quota();
        ResourceView.Vehicle vehicle = r.vehicle();
        return Arrays.asList(
                r.name(),
                r.description(),
                r.capacity(),
                r.minMinutes(),
                r.maxMinutes(),
                r.noticeMinutes(),
                r.horizonDays(),
                r.opensAt(),
                r.closesAt(),
                r.pricePerHour() == null ? null : r.pricePerHour().amount(),
                vatRate,
                r.checkInGraceMinutes(),
                vehicle == null ? null : vehicle.plate(),
                vehicle == null ? null : vehicle.energy().name(),
                vehicle == null ? null : vehicle.odometerKm(),
                vehicle == null || vehicle.pricePerKm() == null
                        ? null
                        : vehicle.pricePerKm().amount(),
                r.policy().bufferBeforeMinutes(),
                r.policy().bufferAfterMinutes(),
                r.policy().approvalRequired(),
                r.policy().editNoticeMinutes(),
                r.policy().cancelNoticeMinutes(),
                quota == null ? null : quota.period().name(),
                quota == null ? "MEMBER" : quota.scope().name(),
                quota == null ? null : quota.minutes(),
                quota == null ? null : quota.bookings(),
                quota != null && quota.countsCancelled(),
                r.policy().paidBy().name());
    }

    /** The VAT rate of the resource's price. */
    public BigDecimal vatRate(UUID id) {
        return jdbc.sql("SELECT vat_rate FROM booking_resource WHERE id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single();
    }

    /** Whether bookings or blocks to come hold the resource. */
    public boolean hasBookingsToCome(UUID id, java.time.Instant now) {
        return jdbc.sql("""
                                SELECT COUNT(*) FROM booking WHERE resource_id = ? AND ends_at > ?
                                AND status IN ('HELD', 'PENDING', 'CONFIRMED', 'MAINTENANCE')""")
                        .params(id, coop.relais.shared.jdbc.Instants.param(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Takes the resource off the site's list; its bookings stay as records. */
    public void archive(UUID id) {
        jdbc.sql("UPDATE booking_resource SET active = FALSE WHERE id = ?")
                .param(id)
                .update();
    }

    /** Takes the resource out of service (a damage) or back into it (repaired). */
    public void block(UUID id, boolean blocked) {
        jdbc.sql("UPDATE booking_resource SET blocked = ? WHERE id = ?")
                .params(blocked, id)
                .update();
    }

    /** The vehicle's odometer as read at a return: it never goes backwards. */
    public void odometer(UUID id, int km) {
        jdbc.sql("UPDATE booking_resource SET odometer_km = ? WHERE id = ? AND odometer_km <= ?")
                .params(km, id, km)
                .update();
    }

    private static ResourceView resource(ResultSet rs, int row) throws SQLException {
        BigDecimal price = rs.getBigDecimal("price_per_hour");
        Integer capacity = rs.getObject("capacity", Integer.class);
        String plate = rs.getString("plate");
        BigDecimal perKm = rs.getBigDecimal("price_per_km");
        ResourceView.Vehicle vehicle = plate == null
                ? null
                : new ResourceView.Vehicle(
                        plate,
                        ResourceView.Energy.valueOf(rs.getString("energy")),
                        rs.getInt("odometer_km"),
                        perKm == null ? null : Money.of(perKm));
        return new ResourceView(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getString("name"),
                ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                capacity,
                rs.getInt("min_minutes"),
                rs.getInt("max_minutes"),
                rs.getInt("notice_minutes"),
                rs.getInt("horizon_days"),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                price == null ? null : Money.of(price),
                rs.getBoolean("blocked"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("check_in_grace_minutes", Integer.class),
                vehicle,
                new ResourceView.Policy(
                        rs.getInt("buffer_before_minutes"),
                        rs.getInt("buffer_after_minutes"),
                        rs.getBoolean("approval_required"),
                        rs.getInt("edit_notice_minutes"),
                        rs.getInt("cancel_notice_minutes"),
                        quota(rs),
                        Set.of(),
                        ResourceView.PaidBy.valueOf(rs.getString("paid_by"))));
    }

    private static ResourceView.Quota quota(ResultSet rs) throws SQLException {
        String period = rs.getString("quota_period");
        return period == null
                ? null
                : new ResourceView.Quota(
                        ResourceView.QuotaPeriod.valueOf(period),
                        ResourceView.QuotaScope.valueOf(rs.getString("quota_scope")),
                        rs.getObject("quota_minutes", Integer.class),
                        rs.getObject("quota_bookings", Integer.class),
                        rs.getBoolean("quota_counts_cancelled"));
    }
}
