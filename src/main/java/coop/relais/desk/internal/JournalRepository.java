package coop.relais.desk.internal;

import coop.relais.desk.JournalEntryKind;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk journal: insert and read only; there is deliberately no update nor delete. */
@Repository
public class JournalRepository {

    private static final String SELECT = """
            SELECT id, site_id, business_date, kind, recorded_at, author_id, author_name, amount, text, corrects_id,
                   correction_reason
              FROM desk_journal_entry
            """;

    private final JdbcClient jdbc;
    private final RowCreation rows;

    JournalRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public void append(JournalEntry entry) {
        append(entry, null);
    }

    /** An entry; cash taken at the desk is linked to its payment (one line per payment, by a unique index). */
    public void append(JournalEntry entry, UUID paymentId) {
        jdbc.sql("""
                        INSERT INTO desk_journal_entry (id, site_id, business_date, kind, recorded_at, author_id, author_name,
                               amount, text, corrects_id, correction_reason, payment_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        entry.id(),
                        entry.siteId(),
                        entry.businessDate(),
                        entry.kind().name(),
                        Instants.param(entry.recordedAt()),
                        entry.authorId(),
                        entry.authorName(),
                        entry.amount() == null ? null : entry.amount().amount(),
                        entry.text(),
                        entry.correctsId(),
                        entry.correctionReason(),
                        paymentId)
                .update();
    }

    /** The day's entries, in the order they were written. */
    public List<JournalEntry> day(UUID siteId, LocalDate date) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND business_date = ? ORDER BY recorded_at, id")
                .params(siteId, date)
                .query(JournalRepository::entry)
                .list();
    }

    public Optional<JournalEntry> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(JournalRepository::entry)
                .optional();
    }

    /**
     * Serialises journal writes of a site (two people opening the desk at once): locks the site's
     * desk settings row, creating it with the defaults if needed.
     */
    public void lockSite(UUID siteId, int defaultReminder, int defaultReturn, Instant now) {
        List<UUID> locked = jdbc.sql("SELECT site_id FROM desk_site_settings WHERE site_id = ? FOR UPDATE")
                .param(siteId)
                .query(UUID.class)
                .list();
        if (locked.isEmpty()) {
            rows.insertIfAbsent("""
                    INSERT INTO desk_site_settings (site_id, reminder_after_days, return_after_days, updated_at)
                    VALUES (?, ?, ?, ?)""", siteId, defaultReminder, defaultReturn, Instants.param(now));
            jdbc.sql("SELECT site_id FROM desk_site_settings WHERE site_id = ? FOR UPDATE")
                    .param(siteId)
                    .query(UUID.class)
                    .single();
        }
    }

    static JournalEntry entry(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new JournalEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("business_date", LocalDate.class),
                JournalEntryKind.valueOf(rs.getString("kind")),
                Instants.read(rs, "recorded_at"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                amount == null ? null : Money.of(amount),
                rs.getString("text"),
                rs.getObject("corrects_id", UUID.class),
                rs.getString("correction_reason"));
    }
}
