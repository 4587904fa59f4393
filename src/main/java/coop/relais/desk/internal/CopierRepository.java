package coop.relais.desk.internal;

import coop.relais.desk.CopierReadingView;
import coop.relais.desk.CopierView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CopierRepository {

    private static final String COPIER =
            "SELECT id, site_id, name, location, black_page_price, colour_page_price, vat_rate, active FROM desk_copier ";
    private static final String READING = """
            SELECT id, copier_id, site_id, organisation_id, period, black_start, black_end, colour_start, colour_end,
                   black_amount, colour_amount, vat_rate, recorded_at, recorded_by_name
              FROM desk_copier_reading
            """;

    private final JdbcClient jdbc;

    CopierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CopierView copier, Instant at) {
        jdbc.sql("""
                        INSERT INTO desk_copier (id, site_id, name, location, black_page_price, colour_page_price, vat_rate, active, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(
                        copier.id(),
                        copier.siteId(),
                        copier.name(),
                        copier.location(),
                        copier.blackPagePrice(),
                        copier.colourPagePrice(),
                        copier.vatRate(),
                        Instants.param(at))
                .update();
    }

    public boolean nameTaken(UUID siteId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM desk_copier WHERE site_id = ? AND LOWER(name) = LOWER(?)")
                        .params(siteId, name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<CopierView> find(UUID id) {
        return jdbc.sql(COPIER + "WHERE id = ?")
                .param(id)
                .query(CopierRepository::copier)
                .optional();
    }

    /** Locks the copier so that two readings of it are recorded one after the other. */
    public Optional<CopierView> findForUpdate(UUID id) {
        return jdbc.sql(COPIER + "WHERE id = ? FOR UPDATE")
                .param(id)
                .query(CopierRepository::copier)
                .optional();
    }

    public List<CopierView> atSite(UUID siteId) {
        return jdbc.sql(COPIER + "WHERE site_id = ? ORDER BY name")
                .param(siteId)
                .query(CopierRepository::copier)
                .list();
    }

    public void insertReading(
            UUID id,
            UUID copierId,
            UUID siteId,
            UUID organisationId,
            CopierReading reading,
            java.math.BigDecimal vatRate,
            Instant at,
            UUID by,
            String byName) {
        jdbc.sql("""
                        INSERT INTO desk_copier_reading (id, copier_id, site_id, organisation_id, period, black_start, black_end,
                               colour_start, colour_end, black_page_price, colour_page_price, black_amount, colour_amount,
                               vat_rate, recorded_at, recorded_by, recorded_by_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        copierId,
                        siteId,
                        organisationId,
                        reading.period().atDay(1),
                        reading.blackStart(),
                        reading.blackEnd(),
                        reading.colourStart(),
                        reading.colourEnd(),
                        reading.blackPagePrice(),
                        reading.colourPagePrice(),
                        reading.blackAmount().amount(),
                        reading.colourAmount().amount(),
                        vatRate,
                        Instants.param(at),
                        by,
                        byName)
                .update();
    }

    /** The latest reading of the company on the copier (the one a new reading follows). */
    public Optional<CopierReading.Previous> previous(UUID copierId, UUID organisationId) {
        return jdbc.sql("""
                        SELECT period, black_end, colour_end FROM desk_copier_reading
                         WHERE copier_id = ? AND organisation_id = ? ORDER BY period DESC LIMIT 1""")
                .params(copierId, organisationId)
                .query((rs, n) -> new CopierReading.Previous(
                        YearMonth.from(rs.getObject("period", LocalDate.class)),
                        rs.getLong("black_end"),
                        rs.getLong("colour_end")))
                .optional();
    }

    public Optional<CopierReadingView> latest(UUID copierId, UUID organisationId) {
        return jdbc.sql(READING + "WHERE copier_id = ? AND organisation_id = ? ORDER BY period DESC LIMIT 1")
                .params(copierId, organisationId)
                .query(CopierRepository::reading)
                .optional();
    }

    public List<CopierReadingView> readings(UUID copierId, int limit) {
        return jdbc.sql(READING + "WHERE copier_id = ? ORDER BY period DESC, recorded_at DESC LIMIT ?")
                .params(copierId, limit)
                .query(CopierRepository::reading)
                .list();
    }

    public Optional<CopierReadingView> reading(UUID id) {
        return jdbc.sql(READING + "WHERE id = ?")
                .param(id)
                .query(CopierRepository::reading)
                .optional();
    }

    static CopierView copier(ResultSet rs, int row) throws SQLException {
        return new CopierView(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getString("name"),
                rs.getString("location"),
                rs.getBigDecimal("black_page_price"),
                rs.getBigDecimal("colour_page_price"),
                rs.getBigDecimal("vat_rate"),
                rs.getBoolean("active"));
    }

    static CopierReadingView reading(ResultSet rs, int row) throws SQLException {
        long blackStart = rs.getLong("black_start");
        long blackEnd = rs.getLong("black_end");
        long colourStart = rs.getLong("colour_start");
        long colourEnd = rs.getLong("colour_end");
        Money black = Money.of(rs.getBigDecimal("black_amount"));
        Money colour = Money.of(rs.getBigDecimal("colour_amount"));
        return new CopierReadingView(
                rs.getObject("id", UUID.class),
                rs.getObject("copier_id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                null,
                YearMonth.from(rs.getObject("period", LocalDate.class)),
                blackStart,
                blackEnd,
                colourStart,
                colourEnd,
                blackEnd - blackStart,
                colourEnd - colourStart,
                black,
                colour,
                black.plus(colour),
                rs.getBigDecimal("vat_rate"),
                Instants.read(rs, "recorded_at"),
                rs.getString("recorded_by_name"));
    }
}
