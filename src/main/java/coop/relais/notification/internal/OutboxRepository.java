package coop.relais.notification.internal;

import coop.relais.notification.EmailRequested;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table for the sender and the admin pages. Every change of status is a
 * conditional update on the expected current status, so that two senders never both claim a message.
 */
@Repository
class OutboxRepository {

    private static final String COLUMNS = "id, dedup_key, recipient, subject, text_body, html_body, language, status,"
            + " attempts, created_at, next_attempt_at, sent_at, last_error, attachment_name, attachment_type,"
            + " attachment_text";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, created_at LIMIT ?""")
                .params(Instants.param(now), limit)
                .query(UUID.class)
                .list();
    }

    /** PENDING → SENDING, counting the attempt; false if another sender (or an admin) got there first. */
    boolean claim(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENDING', sending_since = ?, attempts = attempts + 1
                        WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?""")
                        .params(Instants.param(now), id, Instants.param(now))
                        .update()
                == 1;
    }

    boolean markSent(UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = ?, sending_since = NULL, last_error = NULL
                        WHERE id = ? AND status = 'SENDING'""").params(Instants.param(at), id).update() == 1;
    }

    boolean retryLater(UUID id, Instant nextAttemptAt, String error) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?, sending_since = NULL
                        WHERE id = ? AND status = 'SENDING'""").params(Instants.param(nextAttemptAt), error, id).update() == 1;
    }

    boolean markFailed(UUID id, String error) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'FAILED', last_error = ?, sending_since = NULL
                        WHERE id = ? AND status = 'SENDING'""").params(error, id).update() == 1;
    }

    /** Messages claimed before {@code claimedBefore} and never confirmed: the sender stopped mid-send. */
    int failInterrupted(Instant claimedBefore, String error) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'FAILED', last_error = ?, sending_since = NULL
                        WHERE status = 'SENDING' AND sending_since < ?""").params(error, Instants.param(claimedBefore)).update();
    }

    /** FAILED (or HELD) → PENDING, due now, with a fresh count of attempts. */
    boolean resend(UUID id, Instant now, List<OutboxStatus> from) {
        if (from.isEmpty()) {
            return false;
        }
        String statuses =
                String.join(", ", from.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                                + " sending_since = NULL WHERE id = ? AND status IN (" + statuses + ")")
                        .params(Instants.param(now), id)
                        .update()
                == 1;
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(OutboxRepository::message)
                .optional();
    }

    /** A page of the outbox, newest first, optionally of one status and for addresses containing {@code recipient}. */
    List<OutboxMessage> page(OutboxStatus status, String recipient, int offset, int limit) {
        Filter filter = Filter.of(status, recipient);
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox" + filter.where()
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(OutboxRepository::message)
                .list();
    }

    long count(OutboxStatus status, String recipient) {
        Filter filter = Filter.of(status, recipient);
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private record Filter(String where, Map<String, Object> params) {

        static Filter of(OutboxStatus status, String recipient) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (status != null) {
                conditions.add("status = :status");
                params.put("status", status.name());
            }
            if (recipient != null && !recipient.isBlank()) {
                conditions.add("LOWER(recipient) LIKE :recipient ESCAPE '!'");
                params.put("recipient", LikePattern.contains(recipient.strip()));
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getObject("id", UUID.class),
                rs.getString("dedup_key"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                rs.getString("language"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Instants.read(rs, "created_at"),
                Instants.read(rs, "next_attempt_at"),
                Instants.read(rs, "sent_at"),
                rs.getString("last_error"),
                rs.getString("attachment_name") == null
                        ? null
                        : new EmailRequested.Attachment(
                                rs.getString("attachment_name"),
                                rs.getString("attachment_type"),
                                rs.getString("attachment_text")));
    }
}
