package coop.relais.notification.internal;

import coop.relais.notification.NotificationChannel;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's opt-outs: one row per account, category and channel; no row means "yes, send it". */
@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean wants(UUID accountId, String category, NotificationChannel channel) {
        return jdbc.sql(
                        "SELECT enabled FROM notification_preference WHERE account_id = ? AND category = ? AND channel = ?")
                .params(accountId, category, channel.name())
                .query(Boolean.class)
                .optional()
                .orElse(Boolean.TRUE);
    }

    /** The (category, channel) pairs the person turned off, as {@code category:CHANNEL}. */
    Set<String> optedOut(UUID accountId) {
        return new HashSet<>(jdbc.sql(
                        "SELECT category, channel FROM notification_preference WHERE account_id = ? AND enabled = FALSE")
                .param(accountId)
                .query((rs, n) -> rs.getString("category") + ":" + rs.getString("channel"))
                .list());
    }

    void set(UUID accountId, String category, NotificationChannel channel, boolean enabled, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE notification_preference SET enabled = ?, updated_at = ?
                        WHERE account_id = ? AND category = ? AND channel = ?""")
                .params(enabled, Instants.param(at), accountId, category, channel.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO notification_preference (account_id, category, channel, enabled, updated_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(accountId, category, channel.name(), enabled, Instants.param(at))
                    .update();
        }
    }
}
