package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, what holds a resource never overlaps: bookings held for a waitlist offer, pending
 * approval or confirmed, and maintenance blocks, each over its hold (its slot with the resource's buffers).
 * Replaces the constraint of V22_1, which covered confirmed bookings over their slot only.
 */
public class V25_1__booking_holds_never_overlap extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE booking DROP CONSTRAINT booking_never_overlaps");
            statement.execute("""
                    ALTER TABLE booking ADD CONSTRAINT booking_never_overlaps
                    EXCLUDE USING gist (resource_id WITH =, tstzrange(hold_from, hold_until, '[)') WITH &&)
                    WHERE (status IN ('HELD', 'PENDING', 'CONFIRMED', 'MAINTENANCE'))""");
        }
    }
}
