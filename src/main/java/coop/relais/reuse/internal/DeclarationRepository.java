package coop.relais.reuse.internal;

import coop.relais.reuse.Declaration;
import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.ReuseReport;
import coop.relais.reuse.Stream;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quarterly declarations and their frozen lines. */
@Repository
public class DeclarationRepository {

    private static final String SELECT = """
            SELECT d.id, d.site_id, d.period_year, d.period_quarter, a.display_name, d.produced_at
            FROM reuse_declaration d JOIN account a ON a.id = d.produced_by
            """;

    private final JdbcClient jdbc;

    DeclarationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID siteId, int year, int quarter, UUID by, Instant at, List<ReuseReport.Line> lines) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO reuse_declaration (id, site_id, period_year, period_quarter, produced_by, produced_at)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(id, siteId, year, quarter, by, Instants.param(at)).update();
        for (ReuseReport.Line line : lines) {
            jdbc.sql("""
                            INSERT INTO reuse_declaration_line (declaration_id, category, in_kg, reuse_kg, repair_kg,
                                   recycling_kg, disposal_kg)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            line.category().name(),
                            line.inKg(),
                            line.out(Stream.REUSE),
                            line.out(Stream.REPAIR),
                            line.out(Stream.RECYCLING),
                            line.out(Stream.DISPOSAL))
                    .update();
        }
    }

    public Optional<Declaration> find(UUID siteId, int year, int quarter) {
        return jdbc.sql(SELECT + "WHERE d.site_id = ? AND d.period_year = ? AND d.period_quarter = ?")
                .params(siteId, year, quarter)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .optional()
                .flatMap(this::find);
    }

    public Optional<Declaration> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE d.id = ?")
                .param(id)
                .query((rs, n) -> new Declaration(
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getInt("period_year"),
                        rs.getInt("period_quarter"),
                        rs.getString("display_name"),
                        Instants.read(rs, "produced_at"),
                        lines(id)))
                .optional();
    }

    public List<Declaration> ofSite(UUID siteId) {
        return jdbc
                .sql(
                        "SELECT id FROM reuse_declaration WHERE site_id = ? ORDER BY period_year DESC, period_quarter DESC LIMIT 40")
                .param(siteId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    private List<ReuseReport.Line> lines(UUID id) {
        return jdbc.sql("SELECT * FROM reuse_declaration_line WHERE declaration_id = ? ORDER BY category")
                .param(id)
                .query((rs, n) -> {
                    Map<Stream, BigDecimal> out = new EnumMap<>(Stream.class);
                    out.put(Stream.REUSE, rs.getBigDecimal("reuse_kg"));
                    out.put(Stream.REPAIR, rs.getBigDecimal("repair_kg"));
                    out.put(Stream.RECYCLING, rs.getBigDecimal("recycling_kg"));
                    out.put(Stream.DISPOSAL, rs.getBigDecimal("disposal_kg"));
                    return new ReuseReport.Line(
                            ReuseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("in_kg"), out);
                })
                .list();
    }
}
