package coop.relais.booking.internal;

import coop.relais.booking.Availability;
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

    /** The statuses that hold a slot: nothing may overlap them. */
    static final String HOLDING = "('HELD', 'PENDING', 'CONFIRMED', 'MAINTENANCE')";

    /** The bookings and blocks holding the resource whose slot overlaps [from, to), in time order. */
    public List<BookingView> holdingBetween(UUID resourceId, Instant from, Instant to) {
        return jdbc.sql(SELECT + "WHERE b.resource_id = ? AND b.status IN " + HOLDING + """
                         AND b.starts_at < ? AND b.ends_at > ?
                        ORDER BY b.starts_at""")
                .params(resourceId, Instants.param(to), Instants.param(from))
                .query(BookingRepository::view)
                .list();
    }

    /** What holds the resource between from and to, buffers included: the busy intervals of a day. */
    public List<Availability.Interval> holdsBetween(UUID resourceId, Instant from, Instant to) {
        return jdbc.sql("SELECT hold_from, hold_until FROM booking WHERE resource_id = ? AND status IN " + HOLDING
                        + " AND hold_from < ? AND hold_until > ? ORDER BY hold_from")
                .params(resourceId, Instants.param(to), Instants.param(from))
                .query((rs, n) ->
                        new Availability.Interval(Instants.read(rs, "hold_from"), Instants.read(rs, "hold_until")))
                .list();
    }

    /** Whether anything but {@code except} holds the resource over [holdFrom, holdUntil). */
    public boolean holdOverlaps(UUID resourceId, Instant holdFrom, Instant holdUntil, UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE resource_id = ? AND status IN " + HOLDING
                                + " AND hold_from < ? AND hold_until > ? AND id <> ?")
                        .params(
                                resourceId,
                                Instants.param(holdUntil),
                                Instants.param(holdFrom),
                                except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The member's own minutes and bookings of the resource starting in [from, to), in the given statuses. */
    public long[] usage(
            UUID resourceId,
            java.util.Collection<UUID> members,
            Instant from,
            Instant to,
            boolean withCancelled,
            UUID except) {
        if (members.isEmpty()) {
            return new long[] {0, 0};
        }
        String statuses = withCancelled
                ? "('HELD', 'PENDING', 'CONFIRMED', 'NO_SHOW', 'CANCELLED')"
                : "('HELD', 'PENDING', 'CONFIRMED', 'NO_SHOW')";
        List<Object> params = new java.util.ArrayList<>(List.of(resourceId, Instants.param(from), Instants.param(to)));
        params.add(except == null ? new UUID(0, 0) : except);
        params.addAll(members);
        long[] usage = {0, 0};
        jdbc.sql("SELECT starts_at, ends_at FROM booking WHERE resource_id = ? AND starts_at >= ? AND starts_at < ?"
                        + " AND id <> ? AND status IN " + statuses + " AND member_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(members.size(), "?")) + ")")
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    usage[0] += java.time.Duration.between(Instants.read(rs, "starts_at"), Instants.read(rs, "ends_at"))
                            .toMinutes();
                    usage[1]++;
                });
        return usage;
    }

    public void insert(BookingView booking, UUID bookedBy, String key, String hash) {
        insert(booking, bookedBy, key, hash, booking.start(), booking.end(), null, null, null);
    }

    /** Writes a booking holding [holdFrom, holdUntil) (its slot and buffers). */
    public void insert(
            BookingView booking,
            UUID bookedBy,
            String key,
            String hash,
            Instant holdFrom,
            Instant holdUntil,
            UUID seriesId,
            Instant offerExpiresAt,
            String note) {
        jdbc.sql("""
                        INSERT INTO booking (id, resource_id, site_id, member_id, booked_by, starts_at, ends_at, status,
                               created_at, idem_key, request_hash, hold_from, hold_until, series_id, offer_expires_at, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
                        hash,
                        Instants.param(holdFrom),
                        Instants.param(holdUntil),
                        seriesId,
                        Instants.param(offerExpiresAt),
                        note)
                .update();
    }

    /** The company that pays the booking (the member's employer), frozen when it is made. */
    public void paidBy(UUID id, UUID employerId) {
        jdbc.sql("UPDATE booking SET employer_id = ? WHERE id = ?")
                .params(employerId, id)
                .update();
    }

    /** Moves a booking to another slot of its resource (an edit), with its new hold. */
    public void reschedule(UUID id, Instant start, Instant end, Instant holdFrom, Instant holdUntil, String status) {
        jdbc.sql("""
                        UPDATE booking SET starts_at = ?, ends_at = ?, hold_from = ?, hold_until = ?, status = ?
                        WHERE id = ?""")
                .params(
                        Instants.param(start),
                        Instants.param(end),
                        Instants.param(holdFrom),
                        Instants.param(holdUntil),
                        status,
                        id)
                .update();
    }

    /** Sets a booking's status from one to another; false if it was not in {@code from} any more. */
    public boolean decide(UUID id, String from, String to, UUID by, Instant at, String note) {
        return jdbc.sql("""
                                UPDATE booking SET status = ?, decided_by = ?, decided_at = ?, note = COALESCE(?, note),
                                       offer_expires_at = CASE WHEN ? = 'HELD' THEN offer_expires_at ELSE NULL END
                                WHERE id = ? AND status = ?""")
                        .params(to, by, Instants.param(at), note, to, id, from)
                        .update()
                == 1;
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
                        WHERE b.member_id = ? AND b.status <> 'MAINTENANCE'
                          AND (b.ends_at > ? OR (b.picked_up_at IS NOT NULL AND b.returned_at IS NULL))
                        ORDER BY b.starts_at LIMIT ?""")
                .params(memberId, Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** The member's confirmed bookings overlapping [from, to), in time order: at most {@code limit}. */
    public List<BookingView> ofMember(UUID memberId, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE b.member_id = ? AND b.status IN ('PENDING', 'CONFIRMED') AND b.starts_at < ? AND b.ends_at > ?
                        ORDER BY b.starts_at LIMIT ?""")
                .params(memberId, Instants.param(to), Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** The site's bookings in a status, ending after {@code from}, soonest first: at most {@code limit}. */
    public List<BookingView> ofSite(UUID siteId, String status, Instant from, int limit) {
        return jdbc.sql(SELECT + "WHERE b.site_id = ? AND b.status = ? AND b.ends_at > ? ORDER BY b.starts_at LIMIT ?")
                .params(siteId, status, Instants.param(from), limit)
                .query(BookingRepository::view)
                .list();
    }

    /** The site's bookings and blocks overlapping [from, to), by resource then time. */
    public List<BookingView> ofSiteBetween(UUID siteId, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                        WHERE b.site_id = ? AND b.starts_at < ? AND b.ends_at > ? AND b.status <> 'EXPIRED'
                        ORDER BY r.name, b.starts_at LIMIT 1000""")
                .params(siteId, Instants.param(to), Instants.param(from))
                .query(BookingRepository::view)
                .list();
    }

    /** Cancels a confirmed booking; false if it was not confirmed any more. */
    public boolean cancel(UUID id, Instant at) {
        return jdbc.sql("""
                                UPDATE booking SET status = 'CANCELLED', cancelled_at = ?, offer_expires_at = NULL
                                WHERE id = ? AND status IN ('HELD', 'PENDING', 'CONFIRMED')""").params(Instants.param(at), id).update() == 1;
    }

    /** Cancels a confirmed booking the person did not cancel themselves, saying why. */
    public boolean cancelFor(UUID id, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE booking SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?, offer_expires_at = NULL
                        WHERE id = ? AND status IN ('HELD', 'PENDING', 'CONFIRMED')""").params(Instants.param(at), reason, id).update() == 1;
    }

    /** Moves a confirmed booking to another resource (of the same site), keeping its times. */
    public void move(UUID id, UUID resourceId, Instant holdFrom, Instant holdUntil) {
        jdbc.sql("""
                        UPDATE booking SET resource_id = ?, hold_from = ?, hold_until = ?
                        WHERE id = ? AND status IN ('HELD', 'PENDING', 'CONFIRMED')""")
                .params(resourceId, Instants.param(holdFrom), Instants.param(holdUntil), id)
                .update();
    }

    /** The resource's confirmed bookings not over and not picked up yet, in time order. */
    public List<BookingView> comingOn(UUID resourceId, Instant now) {
        return jdbc.sql(SELECT + """
                        WHERE b.resource_id = ? AND b.status IN ('HELD', 'PENDING', 'CONFIRMED') AND b.ends_at > ?
                          AND b.picked_up_at IS NULL
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
