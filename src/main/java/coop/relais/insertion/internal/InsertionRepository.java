package coop.relais.insertion.internal;

import coop.relais.insertion.ActionKind;
import coop.relais.insertion.ContractKind;
import coop.relais.insertion.ExitOutcome;
import coop.relais.insertion.ObstacleKind;
import coop.relais.insertion.Views;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The insertion records: people, their contracts, project, meetings, actions, evidence and validations. */
@Repository
public class InsertionRepository {

    private static final String PERSON = """
            SELECT p.id, p.account_id, p.display_name, p.coach_id, c.display_name, p.followed_since,
                   (SELECT MAX(k.ends_on) FROM insertion_contract k WHERE k.person_id = p.id), p.exit_on, p.exit_outcome
            FROM insertion_person p LEFT JOIN account c ON c.id = p.coach_id
            """;

    private final JdbcClient jdbc;

    InsertionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ================================================================ people

    public Optional<Views.Person> person(UUID id) {
        return jdbc.sql(PERSON + " WHERE p.id = ? AND p.erased_at IS NULL")
                .param(id)
                .query(InsertionRepository::person)
                .optional();
    }

    public Optional<Views.Person> personOfAccount(UUID accountId) {
        return jdbc.sql(PERSON + " WHERE p.account_id = ? AND p.erased_at IS NULL")
                .param(accountId)
                .query(InsertionRepository::person)
                .optional();
    }

    /** The people followed, those still on their path first; {@code coachId} null: everyone (for admins). */
    public List<Views.Person> people(UUID coachId) {
        String where = coachId == null ? " WHERE p.erased_at IS NULL" : " WHERE p.erased_at IS NULL AND p.coach_id = ?";
        var sql = jdbc.sql(PERSON + where
                + " ORDER BY CASE WHEN p.exit_on IS NULL THEN 0 ELSE 1 END, p.display_name, p.id LIMIT 500");
        return (coachId == null ? sql : sql.param(coachId))
                .query(InsertionRepository::person)
                .list();
    }

    public void insertPerson(UUID id, UUID accountId, String name, UUID coachId, LocalDate since, Instant now) {
        jdbc.sql("""
                        INSERT INTO insertion_person (id, account_id, display_name, coach_id, followed_since, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, name, coachId, since, Instants.param(now))
                .update();
    }

    public void lock(UUID personId) {
        jdbc.sql("SELECT id FROM insertion_person WHERE id = ? FOR UPDATE")
                .param(personId)
                .query(UUID.class)
                .list();
    }

    public void exit(UUID personId, LocalDate on, ExitOutcome outcome) {
        jdbc.sql("UPDATE insertion_person SET exit_on = ?, exit_outcome = ? WHERE id = ?")
                .params(on, outcome.name(), personId)
                .update();
    }

    // ================================================================ record parts

    public UUID addContract(
            UUID personId,
            ContractKind kind,
            LocalDate starts,
            LocalDate ends,
            BigDecimal hours,
            String funder,
            String referrer,
            boolean renewal,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO insertion_contract (id, person_id, kind, starts_on, ends_on, weekly_hours, funder, referrer,
                                                        renewal, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, kind.name(), starts, ends, hours, funder, referrer, renewal, Instants.param(now))
                .update();
        return id;
    }

    public List<Views.Contract> contracts(UUID personId) {
        return jdbc.sql("""
                        SELECT id, kind, starts_on, ends_on, weekly_hours, funder, referrer, renewal
                        FROM insertion_contract WHERE person_id = ? ORDER BY starts_on""")
                .param(personId)
                .query((rs, n) -> new Views.Contract(
                        rs.getObject(1, UUID.class),
                        ContractKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8)))
                .list();
    }

    public void addTargetJob(UUID personId, String rome, String label) {
        jdbc.sql("INSERT INTO insertion_target_job (id, person_id, rome_code, label) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), personId, rome, label)
                .update();
    }

    public List<Views.TargetJob> targetJobs(UUID personId) {
        return jdbc.sql("SELECT id, rome_code, label FROM insertion_target_job WHERE person_id = ? ORDER BY label, id")
                .param(personId)
                .query((rs, n) -> new Views.TargetJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void addObstacle(UUID personId, ObstacleKind kind, String note, String plan) {
        jdbc.sql("INSERT INTO insertion_obstacle (id, person_id, kind, note, plan) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), personId, kind.name(), note, plan)
                .update();
    }

    public boolean liftObstacle(UUID personId, UUID obstacleId) {
        return jdbc.sql("UPDATE insertion_obstacle SET lifted = TRUE WHERE id = ? AND person_id = ?")
                        .params(obstacleId, personId)
                        .update()
                == 1;
    }

    public List<Views.Obstacle> obstacles(UUID personId) {
        return jdbc.sql(
                        "SELECT id, kind, note, plan, lifted FROM insertion_obstacle WHERE person_id = ? ORDER BY lifted, kind, id")
                .param(personId)
                .query((rs, n) -> new Views.Obstacle(
                        rs.getObject(1, UUID.class),
                        ObstacleKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    public void addMeeting(
            UUID personId,
            LocalDate on,
            boolean held,
            String summary,
            String nextSteps,
            String privateNote,
            UUID by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO insertion_meeting (id, person_id, on_date, held, summary, next_steps, private_note,
                                                       created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), personId, on, held, summary, nextSteps, privateNote, by, Instants.param(now))
                .update();
    }

    /** Meetings, the latest first; private notes only when {@code withPrivateNotes}. */
    public List<Views.Meeting> meetings(UUID personId, boolean withPrivateNotes) {
        return jdbc.sql("""
                        SELECT id, on_date, held, summary, next_steps, private_note FROM insertion_meeting
                        WHERE person_id = ? ORDER BY on_date DESC, created_at DESC""")
                .param(personId)
                .query((rs, n) -> new Views.Meeting(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        withPrivateNotes ? rs.getString(6) : null))
                .list();
    }

    public void addAction(UUID personId, ActionKind kind, String title, LocalDate on, String outcome, Instant now) {
        jdbc.sql("""
                        INSERT INTO insertion_action (id, person_id, kind, title, on_date, outcome, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), personId, kind.name(), title, on, outcome, Instants.param(now))
                .update();
    }

    /** Sets an action's outcome; false when the action is not the person's. */
    public boolean setOutcome(UUID personId, UUID actionId, String outcome) {
        return jdbc.sql("UPDATE insertion_action SET outcome = ? WHERE id = ? AND person_id = ?")
                        .params(outcome, actionId, personId)
                        .update()
                == 1;
    }

    public List<Views.Action> actions(UUID personId) {
        return jdbc.sql("""
                        SELECT id, kind, title, on_date, outcome FROM insertion_action
                        WHERE person_id = ? ORDER BY on_date DESC, created_at DESC""")
                .param(personId)
                .query((rs, n) -> new Views.Action(
                        rs.getObject(1, UUID.class),
                        ActionKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    // ================================================================ dashboard

    /** The last dated step of each of these people: a meeting held or an action. */
    public Map<UUID, LocalDate> lastSteps(Collection<UUID> personIds) {
        return dates("""
                SELECT person_id, MAX(d) FROM (
                  SELECT person_id, on_date AS d FROM insertion_meeting WHERE held = TRUE AND person_id IN (:people)
                  UNION ALL SELECT person_id, on_date FROM insertion_action WHERE person_id IN (:people)
                ) steps GROUP BY person_id""", personIds);
    }

    /** The next planned meeting of each of these people who has one. */
    public Map<UUID, LocalDate> nextMeetings(Collection<UUID> personIds) {
        return dates("""
                SELECT person_id, MIN(on_date) FROM insertion_meeting
                WHERE held = FALSE AND person_id IN (:people) GROUP BY person_id""", personIds);
    }

    private Map<UUID, LocalDate> dates(String sql, Collection<UUID> personIds) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql(sql).param("people", List.copyOf(personIds)).query((RowCallbackHandler)
                    rs -> dates.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)));
        }
        return dates;
    }

    private static Views.Person person(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString(9);
        return new Views.Person(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                outcome == null ? null : ExitOutcome.valueOf(outcome));
    }
}
