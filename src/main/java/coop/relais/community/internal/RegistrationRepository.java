package coop.relais.community.internal;

import coop.relais.community.Attendee;
import coop.relais.community.Registration;
import coop.relais.community.RegistrationStatus;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

/**
 * The registrations of events: a seat or a place on the waitlist per person, in the order they came, attendance,
 * and the reminders. The seats' counter stays with the event ({@link EventRepository}), under its row lock.
 */
@Repository
public class RegistrationRepository {

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's registration row. */
    public record Mine(UUID id, RegistrationStatus status) {}

    /** The first one waiting. */
    public record Waiting(UUID registrationId, UUID accountId, long seq) {}

    /** A registration due a reminder. */
    public record Due(UUID registrationId, UUID accountId, UUID eventId) {}

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

    public Optional<Mine> mine(UUID eventId, UUID accountId) {
        return jdbc.sql("SELECT id, status FROM community_registration WHERE event_id = ? AND account_id = ?")
                .params(eventId, accountId)
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), RegistrationStatus.valueOf(rs.getString(2))))
                .optional();
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

    public Optional<Waiting> firstWaiting(UUID eventId) {
        return jdbc.sql("""
                        SELECT id, account_id, seq FROM community_registration
                        WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY seq LIMIT 1""")
                .param(eventId)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)))
                .optional();
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
}
