package coop.relais.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one way Relais writes and reads a point in time with plain JDBC, the same on H2 and PostgreSQL.
 * Every such column is a {@code TIMESTAMP WITH TIME ZONE}.
 *
 * <ul>
 *   <li>Bind an {@link Instant} as a UTC {@link OffsetDateTime}: {@code .param(Instants.param(at))}, in
 *       positional, named and map parameters alike.
 *   <li>Read the column as an {@code OffsetDateTime} and convert it: {@code Instants.read(rs, "created_at")}.
 * </ul>
 *
 * <p>The PostgreSQL driver has no {@code Instant} support: it refuses {@code setObject(i, instant)} and
 * {@code getObject(column, Instant.class)}, while both drivers handle {@code OffsetDateTime}. H2 alone
 * would accept a bare {@code Instant}, so such a mistake only shows in the test suite on PostgreSQL.
 * Both methods pass {@code null} through.
 */
public final class Instants {

    private Instants() {}

    /** The value to bind for {@code instant}: the same instant at offset UTC, or null. */
    public static OffsetDateTime param(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in the named column of the current row, or null. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    /** The instant in the column at {@code index} (1 for the first) of the current row, or null. */
    public static Instant read(ResultSet rs, int index) throws SQLException {
        return instant(rs.getObject(index, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
