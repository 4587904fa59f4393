package coop.relais.notification.internal;

import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notice} table; every read and write of a person's notices names their account. */
@Repository
class NoticeRepository {

    private static final String COLUMNS = "id, account_id, message_key, arguments, link, category, created_at, read_at";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean existsByDedupKey(String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE dedup_key = ?")
                        .param(dedupKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(
            UUID id,
            UUID accountId,
            String dedupKey,
            String messageKey,
            String arguments,
            String link,
            String category,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO notice (id, account_id, dedup_key, message_key, arguments, link, category, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, dedupKey, messageKey, arguments, link, category, Instants.param(at))
                .update();
    }

    List<StoredNotice> page(UUID accountId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM notice WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(accountId, limit, offset)
                .query(NoticeRepository::notice)
                .list();
    }

    long count(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    long countUnread(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ? AND read_at IS NULL")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    Optional<StoredNotice> find(UUID accountId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .query(NoticeRepository::notice)
                .optional();
    }

    void markRead(UUID accountId, UUID id, Instant at) {
        jdbc.sql("UPDATE notice SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL")
                .params(Instants.param(at), id, accountId)
                .update();
    }

    int markAllRead(UUID accountId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .params(Instants.param(at), accountId)
                .update();
    }

    private static StoredNotice notice(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("message_key"),
                NoticeArguments.read(rs.getString("arguments")),
                rs.getString("link"),
                rs.getString("category"),
                Instants.read(rs, "created_at"),
                Instants.read(rs, "read_at"));
    }
}
