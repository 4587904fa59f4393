package coop.relais.desk.internal;

import coop.relais.desk.ParcelSettings;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each site's parcel settings (when the member is reminded, when a parcel goes back). A site with no
 * row uses the defaults; the first save creates the row in a savepoint, so two saves at once never fail.
 */
@Repository
public class ParcelSettingsRepository {

    private final JdbcClient jdbc;
    private final RowCreation rows;

    ParcelSettingsRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Optional<ParcelSettings> find(UUID siteId) {
        return jdbc.sql(
                        "SELECT site_id, reminder_after_days, return_after_days FROM desk_site_settings WHERE site_id = ?")
                .param(siteId)
                .query((rs, n) -> new ParcelSettings(
                        rs.getObject("site_id", UUID.class),
                        rs.getInt("reminder_after_days"),
                        rs.getInt("return_after_days")))
                .optional();
    }

    public void save(ParcelSettings settings, Instant at, UUID by) {
        int updated = jdbc.sql("""
                        UPDATE desk_site_settings SET reminder_after_days = ?, return_after_days = ?, updated_at = ?, updated_by = ?
                         WHERE site_id = ?""")
                .params(
                        settings.reminderAfterDays(),
                        settings.returnAfterDays(),
                        Instants.param(at),
                        by,
                        settings.siteId())
                .update();
        if (updated == 0
                && !rows.insertIfAbsent(
                        """
                        INSERT INTO desk_site_settings (site_id, reminder_after_days, return_after_days, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?)""",
                        settings.siteId(),
                        settings.reminderAfterDays(),
                        settings.returnAfterDays(),
                        Instants.param(at),
                        by)) {
            save(settings, at, by);
        }
    }
}
