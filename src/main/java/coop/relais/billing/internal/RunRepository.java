package coop.relais.billing.internal;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly runs: one per month, whoever starts it and however many times. */
@Repository
public class RunRepository {

    /** A run as stored. */
    public record Run(UUID id, String period, boolean done, int invoiceCount) {}

    private final JdbcClient jdbc;
    private final RowCreation rows;

    RunRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Optional<Run> run(String period) {
        return jdbc.sql("SELECT id, period, status, invoice_count FROM billing_run WHERE period = ?")
                .param(period)
                .query((rs, n) -> new Run(
                        rs.getObject("id", UUID.class),
                        rs.getString("period"),
                        "DONE".equals(rs.getString("status")),
                        rs.getInt("invoice_count")))
                .optional();
    }

    /** Starts the period's run; if a run of the period exists (finished or cut short), it is returned. */
    public Run startRun(String period, UUID startedBy, Instant at) {
        rows.insertIfAbsent(
                "INSERT INTO billing_run (id, period, status, started_at, started_by) VALUES (?, ?, 'RUNNING', ?, ?)",
                UUID.randomUUID(),
                period,
                Instants.param(at),
                startedBy);
        return run(period).orElseThrow();
    }

    public void finishRun(UUID runId, Instant at) {
        jdbc.sql("""
                        UPDATE billing_run SET status = 'DONE', finished_at = ?,
                               invoice_count = (SELECT COUNT(*) FROM billing_invoice WHERE run_id = ?)
                        WHERE id = ?""").params(Instants.param(at), runId, runId).update();
    }
}
