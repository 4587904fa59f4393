package coop.relais.booking.internal;

import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import coop.relais.booking.ResourceKind;
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
                   b.ends_at, b.status, b.created_at, b.request_hash, s.time_zone, r.kind, b.checked_in_at, b.picked_up_at,
                   b.pickup_km, b.pickup_energy, b.returned_at, b.return_km, b.return_energy
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

    /** The member's bookings ending from {@code from} on (or not returned yet), soonest first: at most {@code limit}. */
    public List<BookingView> upcomingOf(UUID memberId, Instant from, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE b.member_id = ? AND (b.ends_at > ? OR (b.picked_up_at IS NOT NULL AND b.returned_at IS NULL))
                        ORDER BY b.starts_at LIMIT ?""")
                .params(memberId, Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** The member's confirmed bookings overlapping [from, to), in time order: at most {@code limit}. */
    public List<BookingView> ofMember(UUID memberId, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE b.member_id = ? AND b.status = 'CONFIRMED' AND b.starts_at < ? AND b.ends_at > ?
                        ORDER BY b.starts_at LIMIT ?""")
                .params(memberId, Instants.param(to), Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** Cancels a confirmed booking; false if it was not confirmed any more. */
    public boolean cancel(UUID id, Instant at) {
        return jdbc.sql("""
                                UPDATE booking SET status = 'CANCELLED', cancelled_at = ?
                                WHERE id = ? AND status = 'CONFIRMED'""").params(Instants.param(at), id).update() == 1;
    }

    /** Checks a confirmed booking in; false if it was not confirmed or already checked in. */
    public boolean checkIn(UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE booking SET checked_in_at = ?
                        WHERE id = ? AND status = 'CONFIRMED' AND checked_in_at IS NULL""").params(Instants.param(at), id).update() == 1;
    }

    /** Records the pickup of a confirmed booking not picked up yet; false otherwise. */
    public boolean pickUp(UUID id, Instant at, Integer km, Integer energy) {
        return jdbc.sql("""
                        UPDATE booking SET picked_up_at = ?, pickup_km = ?, pickup_energy = ?
                        WHERE id = ? AND status = 'CONFIRMED' AND picked_up_at IS NULL""").params(Instants.param(at), km, energy, id).update() == 1;
    }

    /** Records the return of a booking picked up and not returned yet; false otherwise. */
    public boolean giveBack(UUID id, Instant at, Integer km, Integer energy) {
        return jdbc.sql("""
                        UPDATE booking SET returned_at = ?, return_km = ?, return_energy = ?
                        WHERE id = ? AND picked_up_at IS NOT NULL AND returned_at IS NULL""").params(Instants.param(at), km, energy, id).update() == 1;
    }

    /** Cancels a confirmed booking the person did not cancel themselves, saying why. */
    public boolean cancelFor(UUID id, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE booking SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?
                        WHERE id = ? AND status = 'CONFIRMED'""").params(Instants.param(at), reason, id).update() == 1;
    }

    /** Moves a confirmed booking to another resource (of the same site), keeping its times. */
    public void move(UUID id, UUID resourceId) {
        jdbc.sql("UPDATE booking SET resource_id = ? WHERE id = ? AND status = 'CONFIRMED'")
                .params(resourceId, id)
                .update();
    }

    /** The resource's confirmed bookings not over and not picked up yet, in time order. */
    public List<BookingView> comingOn(UUID resourceId, Instant now) {
        return jdbc.sql(SELECT + """
                        WHERE b.resource_id = ? AND b.status = 'CONFIRMED' AND b.ends_at > ? AND b.picked_up_at IS NULL
                        ORDER BY b.starts_at""")
                .params(resourceId, Instants.param(now))
                .query(BookingRepository::view)
                .list();
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
                java.time.ZoneId.of(rs.getString("time_zone")),
                ResourceKind.valueOf(rs.getString("kind")),
                Instants.read(rs, "checked_in_at"),
                trip(rs));
    }

    private static BookingView.Trip trip(ResultSet rs) throws SQLException {
        Instant pickedUp = Instants.read(rs, "picked_up_at");
        if (pickedUp == null) {
            return null;
        }
        return new BookingView.Trip(
                pickedUp,
                rs.getObject("pickup_km", Integer.class),
                rs.getObject("pickup_energy", Integer.class),
                Instants.read(rs, "returned_at"),
                rs.getObject("return_km", Integer.class),
                rs.getObject("return_energy", Integer.class));
    }
}
