package coop.relais.insertion.internal;

import coop.relais.insertion.ExitOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sums behind the funders' figures: they read counts and dates only, never a name. */
@Repository
public class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contract running at some point of the period. */
    public record Running(LocalDate startsOn, LocalDate endsOn, BigDecimal weeklyHours) {}

    public List<Running> contractsRunning(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "SELECT starts_on, ends_on, weekly_hours FROM insertion_contract WHERE starts_on <= ? AND ends_on >= ?")
                .params(to, from)
                .query((rs, n) -> new Running(
                        rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .list();
    }

    public long peopleFollowed(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "SELECT COUNT(DISTINCT person_id) FROM insertion_contract WHERE starts_on <= ? AND ends_on >= ?")
                .params(to, from)
                .query(Long.class)
                .single();
    }

    public Map<ExitOutcome, Long> exits(LocalDate from, LocalDate to) {
        Map<ExitOutcome, Long> exits = new EnumMap<>(ExitOutcome.class);
        jdbc.sql("""
                        SELECT exit_outcome, COUNT(*) FROM insertion_person
                        WHERE exit_on >= ? AND exit_on <= ? GROUP BY exit_outcome""").params(from, to).query((RowCallbackHandler)
                rs -> exits.put(ExitOutcome.valueOf(rs.getString(1)), rs.getLong(2)));
        return exits;
    }
}
