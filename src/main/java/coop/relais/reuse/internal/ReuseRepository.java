package coop.relais.reuse.internal;

import coop.relais.reuse.Intake;
import coop.relais.reuse.Outflow;
import coop.relais.reuse.Ressourcerie.StockLine;
import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.ReuseReport;
import coop.relais.reuse.Stream;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The reuse shop's intakes, outflows, running totals per category, and the sums of a period. */
@Repository
public class ReuseRepository {

    private static final String INTAKE = """
            SELECT i.id, i.site_id, s.name AS site_name, s.time_zone, i.receipt_no, i.category, i.gross_kg, i.tare_kg,
                   i.net_kg, i.item_condition, i.donor_id, d.display_name AS donor_name, r.display_name AS received_by,
                   i.received_at
            FROM reuse_intake i JOIN site s ON s.id = i.site_id
            JOIN account r ON r.id = i.received_by LEFT JOIN account d ON d.id = i.donor_id
            """;

    private static final String OUTFLOW = """
            SELECT id, site_id, category, stream, kg, recipient, recorded_at FROM reuse_outflow
            """;

    private final JdbcClient jdbc;

    ReuseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an intake with the site's next receipt number, and adds its net weight to the category's stock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID intake(
            UUID siteId,
            ReuseCategory category,
            BigDecimal gross,
            BigDecimal tare,
            BigDecimal net,
            String condition,
            UUID donorId,
            UUID receivedBy,
            Instant at) {
        jdbc.sql("UPDATE reuse_counter SET last_receipt = last_receipt + 1 WHERE site_id = ?")
                .param(siteId)
                .update();
        long receipt = jdbc.sql("SELECT last_receipt FROM reuse_counter WHERE site_id = ?")
                .param(siteId)
                .query(Long.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO reuse_intake (id, site_id, receipt_no, category, gross_kg, tare_kg, net_kg, item_condition,
                               donor_id, received_by, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        siteId,
                        receipt,
                        category.name(),
                        gross,
                        tare,
                        net,
                        condition,
                        donorId,
                        receivedBy,
                        Instants.param(at))
                .update();
        jdbc.sql("UPDATE reuse_stock SET in_kg = in_kg + ?, receipts = receipts + 1 WHERE site_id = ? AND category = ?")
                .params(net, siteId, category.name())
                .update();
        return id;
    }

    /**
     * Takes {@code kg} out of the category's stock if that much is left, in one statement (the row's lock
     * orders concurrent ones); false, and nothing changed, otherwise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeOut(UUID siteId, ReuseCategory category, BigDecimal kg) {
        return jdbc.sql("""
                                UPDATE reuse_stock SET out_kg = out_kg + ?
                                WHERE site_id = ? AND category = ? AND out_kg + ? <= in_kg""").params(kg, siteId, category.name(), kg).update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID outflow(
            UUID siteId,
            ReuseCategory category,
            Stream stream,
            BigDecimal kg,
            String recipient,
            UUID recordedBy,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO reuse_outflow (id, site_id, category, stream, kg, recipient, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, siteId, category.name(), stream.name(), kg, recipient, recordedBy, Instants.param(at))
                .update();
        return id;
    }

    /** What is left of the category at the site. */
    public BigDecimal left(UUID siteId, ReuseCategory category) {
        return jdbc.sql("SELECT in_kg - out_kg FROM reuse_stock WHERE site_id = ? AND category = ?")
                .params(siteId, category.name())
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    public Optional<Intake> intake(UUID id) {
        return jdbc.sql(INTAKE + "WHERE i.id = ?")
                .param(id)
                .query(ReuseRepository::intake)
                .optional();
    }

    public Optional<Outflow> outflow(UUID id) {
        return jdbc.sql(OUTFLOW + "WHERE id = ?")
                .param(id)
                .query(ReuseRepository::outflow)
                .optional();
    }

    public List<Intake> recentIntakes(UUID siteId, int limit) {
        return jdbc.sql(INTAKE + "WHERE i.site_id = ? ORDER BY i.received_at DESC LIMIT ?")
                .params(siteId, limit)
                .query(ReuseRepository::intake)
                .list();
    }

    public List<Outflow> recentOutflows(UUID siteId, int limit) {
        return jdbc.sql(OUTFLOW + "WHERE site_id = ? ORDER BY recorded_at DESC LIMIT ?")
                .params(siteId, limit)
                .query(ReuseRepository::outflow)
                .list();
    }

    public List<StockLine> stock(UUID siteId) {
        return jdbc.sql("SELECT category, in_kg, out_kg FROM reuse_stock WHERE site_id = ? ORDER BY category")
                .param(siteId)
                .query((rs, n) -> new StockLine(
                        ReuseCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("in_kg"),
                        rs.getBigDecimal("out_kg")))
                .list();
    }

    /** The kilos in by category and out by category and stream, between two instants (the period's days). */
    public ReuseReport report(UUID siteId, LocalDate from, LocalDate to, Instant start, Instant end) {
        Map<ReuseCategory, BigDecimal> in = new EnumMap<>(ReuseCategory.class);
        jdbc.sql("""
                        SELECT category, SUM(net_kg) AS kg FROM reuse_intake
                        WHERE site_id = ? AND received_at >= ? AND received_at < ? GROUP BY category""").params(siteId, Instants.param(start), Instants.param(end)).query((RowCallbackHandler)
                rs -> in.put(ReuseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("kg")));
        Map<ReuseCategory, Map<Stream, BigDecimal>> out = new EnumMap<>(ReuseCategory.class);
        jdbc.sql("""
                        SELECT category, stream, SUM(kg) AS kg FROM reuse_outflow
                        WHERE site_id = ? AND recorded_at >= ? AND recorded_at < ? GROUP BY category, stream""").params(siteId, Instants.param(start), Instants.param(end)).query((RowCallbackHandler) rs ->
                out.computeIfAbsent(ReuseCategory.valueOf(rs.getString("category")), c -> new EnumMap<>(Stream.class))
                        .put(Stream.valueOf(rs.getString("stream")), rs.getBigDecimal("kg")));
        List<ReuseReport.Line> lines = new ArrayList<>();
        BigDecimal totalIn = BigDecimal.ZERO;
        Map<Stream, BigDecimal> totalOut = new EnumMap<>(Stream.class);
        for (ReuseCategory category : ReuseCategory.values()) {
            BigDecimal kgIn = in.getOrDefault(category, BigDecimal.ZERO);
            Map<Stream, BigDecimal> kgOut = out.getOrDefault(category, new EnumMap<>(Stream.class));
            lines.add(new ReuseReport.Line(category, kgIn, kgOut));
            totalIn = totalIn.add(kgIn);
            kgOut.forEach((stream, kg) -> totalOut.merge(stream, kg, BigDecimal::add));
        }
        return new ReuseReport(siteId, from, to, lines, new ReuseReport.Line(null, totalIn, totalOut));
    }

    /**
     * Makes the site's counter and the category's stock row the first time. Run it in a transaction of its own
     * before the intake's: two first intakes at once may both try, and the loser's unique violation then
     * aborts only this short transaction.
     */
    public void prepare(UUID siteId, ReuseCategory category) {
        boolean counted = jdbc.sql("SELECT COUNT(*) FROM reuse_counter WHERE site_id = ?")
                        .param(siteId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!counted) {
            jdbc.sql("INSERT INTO reuse_counter (site_id) VALUES (?)")
                    .param(siteId)
                    .update();
        }
        boolean stocked = jdbc.sql("SELECT COUNT(*) FROM reuse_stock WHERE site_id = ? AND category = ?")
                        .params(siteId, category.name())
                        .query(Long.class)
                        .single()
                > 0;
        if (!stocked) {
            jdbc.sql("INSERT INTO reuse_stock (site_id, category) VALUES (?, ?)")
                    .params(siteId, category.name())
                    .update();
        }
    }

    private static Intake intake(ResultSet rs, int row) throws SQLException {
        return new Intake(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getString("site_name"),
                rs.getLong("receipt_no"),
                ReuseCategory.valueOf(rs.getString("category")),
                rs.getBigDecimal("gross_kg"),
                rs.getBigDecimal("tare_kg"),
                rs.getBigDecimal("net_kg"),
                rs.getString("item_condition"),
                rs.getObject("donor_id", UUID.class),
                rs.getString("donor_name"),
                rs.getString("received_by"),
                Instants.read(rs, "received_at"),
                ZoneId.of(rs.getString("time_zone")));
    }

    private static Outflow outflow(ResultSet rs, int row) throws SQLException {
        return new Outflow(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                ReuseCategory.valueOf(rs.getString("category")),
                Stream.valueOf(rs.getString("stream")),
                rs.getBigDecimal("kg"),
                rs.getString("recipient"),
                Instants.read(rs, "recorded_at"));
    }
}
