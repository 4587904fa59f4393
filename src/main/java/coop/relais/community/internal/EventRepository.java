package coop.relais.community.internal;

import coop.relais.community.EventStatus;
import coop.relais.community.EventView;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /** Frees a seat. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID eventId) {
        jdbc.sql("UPDATE community_event SET registered = registered - 1 WHERE id = ?")
                .param(eventId)
                .update();
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
