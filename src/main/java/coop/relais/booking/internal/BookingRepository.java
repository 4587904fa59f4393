package coop.relais.booking.internal;

import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings: never deleted; a cancelled one stays, and frees its slot. */
@Repository
public class BookingRepository {

    /** A booking as stored, with the Idempotency-Key it was made with. */
    public record Stored(BookingView view, String requestHash) {}

    private static final String SELECT = """
            SELECT b.id, b.resource_id, r.name AS resource_name, b.site_id, b.member_id, a.display_name, b.starts_at,
                   b.ends_at, b.status, b.created_at, b.request_hash, s.time_zone
            FROM booking b JOIN booking_resource r ON r.id = b.resource_id JOIN account a ON a.id = b.member_id
            JOIN site s ON s.id = b.site_id
            """;

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The resource's confirmed bookings that overlap [from, to), in time order. */
    public List<BookingView> confirmedBetween(UUID resourceId, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                        WHERE b.resource_id = ? AND b.status = 'CONFIRMED' AND b.starts_at < ? AND b.ends_at > ?
                        ORDER BY b.starts_at""")
                .params(resourceId, Instants.param(to), Instants.param(from))
                .query(BookingRepository::view)
                .list();
    }

    public void insert(BookingView booking, UUID bookedBy, String key, String hash) {
        jdbc.sql("""
                        INSERT INTO booking (id, resource_id, site_id, member_id, booked_by, starts_at, ends_at, status,
                               created_at, idem_key, request_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        booking.id(),
                        booking.resourceId(),
                        booking.siteId(),
                        booking.memberId(),
                        bookedBy,
                        Instants.param(booking.start()),
                        Instants.param(booking.end()),
                        booking.status().name(),
                        Instants.param(booking.createdAt()),
                        key,
                        hash)
                .update();
    }

    public Optional<BookingView> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE b.id = ?")
                .param(id)
                .query(BookingRepository::view)
                .optional();
    }

    public Optional<Stored> findByKey(UUID bookedBy, String key) {
        return jdbc.sql(SELECT + "WHERE b.booked_by = ? AND b.idem_key = ?")
                .params(bookedBy, key)
                .query((rs, n) -> new Stored(view(rs, n), rs.getString("request_hash")))
                .optional();
    }

    /** The member's bookings ending from {@code from} on, soonest first: at most {@code limit}. */
    public List<BookingView> upcomingOf(UUID memberId, Instant from, int limit) {
        return jdbc.sql(SELECT + "WHERE b.member_id = ? AND b.ends_at > ? ORDER BY b.starts_at LIMIT ?")
                .params(memberId, Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** Cancels a confirmed booking; false if it was not confirmed any more. */
    public boolean cancel(UUID id, Instant at) {
        return jdbc.sql("""
                                UPDATE booking SET status = 'CANCELLED', cancelled_at = ?
                                WHERE id = ? AND status = 'CONFIRMED'""").params(Instants.param(at), id).update() == 1;
    }

    private static BookingView view(ResultSet rs, int row) throws SQLException {
        return new BookingView(
                rs.getObject("id", UUID.class),
                rs.getObject("resource_id", UUID.class),
                rs.getString("resource_name"),
                rs.getObject("site_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("display_name"),
                Instants.read(rs, "starts_at"),
                Instants.read(rs, "ends_at"),
                BookingStatus.valueOf(rs.getString("status")),
                Instants.read(rs, "created_at"),
                java.time.ZoneId.of(rs.getString("time_zone")));
    }
}
