package coop.relais.booking.internal;

import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites' shared resources, with their site's time zone. */
@Repository
public class ResourceRepository {

    private static final String SELECT = """
            SELECT r.id, r.site_id, r.name, r.kind, r.description, r.capacity, r.min_minutes, r.max_minutes,
                   r.notice_minutes, r.horizon_days, r.opens_at, r.closes_at, r.price_per_hour, r.blocked,
                   r.check_in_grace_minutes, r.plate, r.energy, r.odometer_km, r.price_per_km, s.time_zone
            FROM booking_resource r JOIN site s ON s.id = r.site_id
            """;

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's active resources, rooms first, by name. */
    public List<ResourceView> ofSite(UUID siteId) {
        return jdbc.sql(SELECT + "WHERE r.site_id = ? AND r.active = TRUE ORDER BY r.kind DESC, r.name")
                .param(siteId)
                .query(ResourceRepository::resource)
                .list();
    }

    public Optional<ResourceView> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE r.id = ? AND r.active = TRUE")
                .param(id)
                .query(ResourceRepository::resource)
                .optional();
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

    public void insert(ResourceView r, BigDecimal vatRate, java.time.Instant at) {
        jdbc.sql("""
                        INSERT INTO booking_resource (id, site_id, name, kind, description, capacity, min_minutes, max_minutes,
                               notice_minutes, horizon_days, opens_at, closes_at, price_per_hour, vat_rate, blocked, created_at,
                               check_in_grace_minutes, plate, energy, odometer_km, price_per_km)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id(),
                        r.siteId(),
                        r.name(),
                        r.kind().name(),
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
                        r.blocked(),
                        coop.relais.shared.jdbc.Instants.param(at),
                        r.checkInGraceMinutes(),
                        r.vehicle() == null ? null : r.vehicle().plate(),
                        r.vehicle() == null ? null : r.vehicle().energy().name(),
                        r.vehicle() == null ? null : r.vehicle().odometerKm(),
                        r.vehicle() == null || r.vehicle().pricePerKm() == null
                                ? null
                                : r.vehicle().pricePerKm().amount())
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
                vehicle);
    }
}
