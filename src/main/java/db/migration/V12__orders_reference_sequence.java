package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Order references come from one database sequence instead of a yearly counter row: every placement
 * updated that one row, which made all placements of the network wait for each other. References
 * stay unique and increasing but need not be gapless (invoices will be) nor start again each year.
 * The sequence starts after the highest number handed out so far, so no reference is given twice.
 * Written in Java because the starting value is read from the data, the same way on H2 and PostgreSQL.
 */
public class V12__orders_reference_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long highest = 0;
            try (ResultSet rs =
                    statement.executeQuery("SELECT COALESCE(MAX(last_value), 0) FROM order_reference_counter")) {
                if (rs.next()) {
                    highest = rs.getLong(1);
                }
            }
            statement.execute("CREATE SEQUENCE order_reference_seq START WITH " + (highest + 1));
            statement.execute("DROP TABLE order_reference_counter");
        }
    }
}
