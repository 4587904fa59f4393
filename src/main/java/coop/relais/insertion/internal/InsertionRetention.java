package coop.relais.insertion.internal;

import coop.relais.identity.SensitiveData;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once the retention period after a person's exit has passed ({@code relais.insertion.retention}, two years by
 * default), erases their personal details: the link to their account, their name, their coach, the project,
 * meetings, actions, evidence and validations. What the funders' figures need stays, anonymous: the contracts'
 * kinds, dates and hours, and the exit's date and outcome. Runs every night, on one node.
 */
@Component
public class InsertionRetention {

    private final JdbcClient jdbc;
    private final SensitiveData audit;
    private final Clock clock;
    private final Period retention;

    InsertionRetention(
            JdbcClient jdbc,
            SensitiveData audit,
            Clock clock,
            @Value("${relais.insertion.retention:P2Y}") Period retention) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${relais.insertion.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "insertion-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightly() {
        eraseDue(clock.instant());
    }

    /** Erases the details of everyone who left more than the retention period before {@code now}; how many. */
    @Transactional
    public int eraseDue(Instant now) {
        LocalDate limit = LocalDate.ofInstant(now, Zones.DEFAULT).minus(retention);
        List<UUID> due = jdbc.sql("SELECT id FROM insertion_person WHERE erased_at IS NULL AND exit_on < ?")
                .param(limit)
                .query(UUID.class)
                .list();
        for (UUID person : due) {
            for (String table : List.of(
                    "insertion_meeting",
                    "insertion_action",
                    "insertion_target_job",
                    "insertion_obstacle",
                    "insertion_evidence",
                    "insertion_validation")) {
                jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?")
                        .param(person)
                        .update();
            }
            jdbc.sql("UPDATE insertion_contract SET funder = NULL, referrer = NULL WHERE person_id = ?")
                    .param(person)
                    .update();
            jdbc.sql("""
                            UPDATE insertion_person SET account_id = NULL, display_name = '-', coach_id = NULL, erased_at = ?
                            WHERE id = ?""").params(Instants.param(now), person).update();
            audit.insertionErased(person);
        }
        return due.size();
    }
}
