package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the database itself refuses two confirmed bookings of one resource that overlap: an
 * exclusion constraint over the resource and the booking's time range ({@code btree_gist} lets a GiST
 * index compare the resource id). H2 has no exclusion constraint: there, as on PostgreSQL, a booking is
 * written only under a lock on its resource's row, after checking the slot is free (ADR 0014). Written in
 * Java because it depends on the database.
 */
public class V22_1__booking_never_overlaps extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
            statement.execute("""
                    ALTER TABLE booking ADD CONSTRAINT booking_never_overlaps
                    EXCLUDE USING gist (resource_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                    WHERE (status = 'CONFIRMED')""");
        }
    }
}
