package coop.relais.community.internal;

import coop.relais.community.Attendee;
import coop.relais.community.EventStatus;
import coop.relais.community.EventView;
import coop.relais.community.Registration;
import coop.relais.community.RegistrationStatus;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Events, their seats counter and their registrations. Writes run inside the caller's transaction. */
@Repository
public class EventRepository {

    private static final String EVENT = """
            SELECT e.id, e.site_id, e.title, e.description, e.place, e.starts_at, e.ends_at, s.time_zone, e.capacity,
                   e.registered,
                   (SELECT COUNT(*) FROM community_registration w WHERE w.event_id = e.id AND w.status = 'WAITLISTED'),
                   (SELECT COUNT(*) FROM community_registration p WHERE p.event_id = e.id AND p.attended = TRUE),
                   e.status, e.proposed_by, a.display_name
            FROM community_event e JOIN site s ON s.id = e.site_id JOIN account a ON a.id = e.proposed_by
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event as held under its row lock, for a change that depends on its seats or status. */
    public record Locked(
            UUID siteId,
            String title,
            EventStatus status,
            Instant startsAt,
            Instant endsAt,
            int capacity,
            int registered,
            UUID proposedBy) {}

    /** A person's registration row. */
    public record Mine(UUID id, RegistrationStatus status) {}

    /** The first one waiting. */
    public record Waiting(UUID registrationId, UUID accountId, long seq) {}

    /** A registration due a reminder. */
    public record Due(UUID registrationId, UUID accountId, UUID eventId) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Locked> lock(UUID eventId) {
        return jdbc.sql("""
                        SELECT site_id, title, status, starts_at, ends_at, capacity, registered, proposed_by
                        FROM community_event WHERE id = ? FOR UPDATE""")
                .param(eventId)
                .query((rs, n) -> new Locked(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        EventStatus.valueOf(rs.getString(3)),
                        Instants.read(rs, 4),
                        Instants.read(rs, 5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getObject(8, UUID.class)))
                .optional();
    }

    public Optional<EventView> find(UUID eventId) {
        return jdbc.sql(EVENT + " WHERE e.id = ?")
                .param(eventId)
                .query(EventRepository::view)
                .optional();
    }

    /**
     * Events not yet ended, soonest first. {@code viewer} null: every status (the staff); else the published and
     * cancelled ones, and what the viewer proposed.
     */
    public List<EventView> upcoming(UUID siteId, Instant now, UUID viewer) {
        if (viewer == null) {
            return jdbc.sql(EVENT
                            + " WHERE e.site_id = ? AND e.ends_at > ? AND e.status <> 'DECLINED'"
                            + " ORDER BY e.starts_at, e.id LIMIT 200")
                    .params(siteId, Instants.param(now))
                    .query(EventRepository::view)
                    .list();
        }
        return jdbc.sql(EVENT
                        + " WHERE e.site_id = ? AND e.ends_at > ? AND (e.status IN ('PUBLISHED', 'CANCELLED')"
                        + " OR (e.status = 'PROPOSED' AND e.proposed_by = ?)) ORDER BY e.starts_at, e.id LIMIT 200")
                .params(siteId, Instants.param(now), viewer)
                .query(EventRepository::view)
                .list();
    }

    /** Held events that have ended, the latest first. */
    public List<EventView> past(UUID siteId, Instant now, int limit) {
        return jdbc.sql(EVENT
                        + " WHERE e.site_id = ? AND e.ends_at <= ? AND e.status = 'PUBLISHED'"
                        + " ORDER BY e.starts_at DESC, e.id LIMIT ?")
                .params(siteId, Instants.param(now), limit)
                .query(EventRepository::view)
                .list();
    }

    public boolean membersPropose(UUID siteId) {
        return jdbc.sql("SELECT members_propose FROM community_settings WHERE site_id = ?")
                .param(siteId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setMembersPropose(UUID siteId, boolean allowed) {
        if (jdbc.sql("UPDATE community_settings SET members_propose = ? WHERE site_id = ?")
                        .params(allowed, siteId)
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO community_settings (site_id, members_propose) VALUES (?, ?)")
                    .params(siteId, allowed)
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID insert(
            UUID siteId,
            String title,
            String description,
            String place,
            Instant start,
            Instant end,
            int capacity,
            EventStatus status,
            UUID proposedBy,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_event (id, site_id, title, description, place, starts_at, ends_at, capacity,
                                                     status, proposed_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        siteId,
                        title,
                        description,
                        place,
                        Instants.param(start),
                        Instants.param(end),
                        capacity,
                        status.name(),
                        proposedBy,
                        Instants.param(now))
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setStatus(UUID eventId, EventStatus status, Instant cancelledAt) {
        jdbc.sql("UPDATE community_event SET status = ?, cancelled_at = ? WHERE id = ?")
                .params(status.name(), cancelledAt == null ? null : Instants.param(cancelledAt), eventId)
                .update();
    }

    public Map<UUID, Registration> registrationsOf(UUID accountId, List<UUID> eventIds) {
        Map<UUID, Registration> mine = new HashMap<>();
        if (eventIds.isEmpty()) {
            return mine;
        }
        jdbc.sql("""
                        SELECT r.event_id, r.status, r.volunteer,
                               (SELECT COUNT(*) FROM community_registration w
                                 WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.seq <= r.seq)
                        FROM community_registration r
                        WHERE r.account_id = :account AND r.event_id IN (:events) AND r.status <> 'CANCELLED'""").param("account", accountId).param("events", eventIds).query((RowCallbackHandler)
                rs -> mine.put(rs.getObject(1, UUID.class), registration(rs)));
        return mine;
    }

    /** The person's registration as it stands, with their place on the waitlist. */
    public Registration registration(UUID eventId, UUID accountId) {
        return registrationsOf(accountId, List.of(eventId)).get(eventId);
    }

    public List<Attendee> attendees(UUID eventId) {
        return jdbc.sql("""
                        SELECT r.id, r.account_id, a.display_name, r.status, r.seq, r.volunteer, r.attended
                        FROM community_registration r JOIN account a ON a.id = r.account_id
                        WHERE r.event_id = ? AND r.status <> 'CANCELLED'
                        ORDER BY CASE r.status WHEN 'REGISTERED' THEN 0 ELSE 1 END, r.seq""")
                .param(eventId)
                .query((rs, n) -> new Attendee(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        RegistrationStatus.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getBoolean(6),
                        (Boolean) rs.getObject(7)))
                .list();
    }

    /** Everyone registered or waiting at an event: whom to tell of a cancellation. */
    public List<UUID> holders(UUID eventId) {
        return jdbc.sql("SELECT account_id FROM community_registration WHERE event_id = ? AND status <> 'CANCELLED'")
                .param(eventId)
                .query(UUID.class)
                .list();
    }

    public Optional<Mine> mine(UUID eventId, UUID accountId) {
        return jdbc.sql("SELECT id, status FROM community_registration WHERE event_id = ? AND account_id = ?")
                .params(eventId, accountId)
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), RegistrationStatus.valueOf(rs.getString(2))))
                .optional();
    }

    /** Takes the next place in the order of arrival, and a seat when {@code seat}: returns the place. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long take(UUID eventId, boolean seat) {
        jdbc.sql("UPDATE community_event SET last_seq = last_seq + 1, registered = registered + ? WHERE id = ?")
                .params(seat ? 1 : 0, eventId)
                .update();
        return jdbc.sql("SELECT last_seq FROM community_event WHERE id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertRegistration(
            UUID eventId, UUID accountId, RegistrationStatus status, long seq, boolean volunteer, Instant now) {
        jdbc.sql("""
                        INSERT INTO community_registration (id, event_id, account_id, status, seq, volunteer, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), eventId, accountId, status.name(), seq, volunteer, Instants.param(now))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(UUID registrationId, RegistrationStatus status, long seq, boolean volunteer, Instant now) {
        jdbc.sql("""
                        UPDATE community_registration
                        SET status = ?, seq = ?, volunteer = ?, registered_at = ?, attended = NULL, reminded_at = NULL
                        WHERE id = ?""")
                .params(status.name(), seq, volunteer, Instants.param(now), registrationId)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelRegistration(UUID registrationId) {
        jdbc.sql("UPDATE community_registration SET status = 'CANCELLED', attended = NULL WHERE id = ?")
                .param(registrationId)
                .update();
    }

    /** Frees a seat. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID eventId) {
        jdbc.sql("UPDATE community_event SET registered = registered - 1 WHERE id = ?")
                .param(eventId)
                .update();
    }

    public Optional<Waiting> firstWaiting(UUID eventId) {
        return jdbc.sql("""
                        SELECT id, account_id, seq FROM community_registration
                        WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY seq LIMIT 1""")
                .param(eventId)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)))
                .optional();
    }

    /** Gives the one waiting a seat. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void promote(UUID eventId, UUID registrationId) {
        jdbc.sql("UPDATE community_registration SET status = 'REGISTERED' WHERE id = ?")
                .param(registrationId)
                .update();
        jdbc.sql("UPDATE community_event SET registered = registered + 1 WHERE id = ?")
                .param(eventId)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markAttendance(UUID eventId, UUID registrationId, boolean present) {
        return jdbc.sql("""
                        UPDATE community_registration SET attended = ?
                        WHERE id = ? AND event_id = ? AND status = 'REGISTERED'""").params(present, registrationId, eventId).update() == 1;
    }

    /** Seats of published events starting within the window, not yet reminded, taken a day or more ahead. */
    public List<Due> dueReminders(Instant now, Instant until) {
        return jdbc.sql("""
                        SELECT r.id, r.account_id, r.event_id
                        FROM community_registration r JOIN community_event e ON e.id = r.event_id
                        WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL AND e.status = 'PUBLISHED'
                          AND e.starts_at > ? AND e.starts_at <= ? AND r.registered_at <= e.starts_at - INTERVAL '1' DAY
                        ORDER BY e.starts_at LIMIT 500""")
                .params(Instants.param(now), Instants.param(until))
                .query((rs, n) ->
                        new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Marks a reminder sent; false when another node sent it first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reminded(UUID registrationId, Instant now) {
        return jdbc.sql("UPDATE community_registration SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(Instants.param(now), registrationId)
                        .update()
                == 1;
    }

    private static Registration registration(ResultSet rs) throws SQLException {
        RegistrationStatus status = RegistrationStatus.valueOf(rs.getString(2));
        return new Registration(
                status,
                status == RegistrationStatus.WAITLISTED ? Integer.valueOf(rs.getInt(4)) : null,
                rs.getBoolean(3));
    }

    private static EventView view(ResultSet rs, int n) throws SQLException {
        return new EventView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Instants.read(rs, 6),
                Instants.read(rs, 7),
                ZoneId.of(rs.getString(8)),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                EventStatus.valueOf(rs.getString(13)),
                rs.getObject(14, UUID.class),
                rs.getString(15));
    }
}
