package coop.relais.shared.events;

import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry healthy on one node or many. A module reacting to another's
 * event with {@code @ApplicationModuleListener} runs after the commit and its publication stays
 * incomplete until the reaction succeeds; this job hands incomplete publications older than a few
 * minutes to their listeners again (a crash, a failed reaction), and deletes completed ones after the
 * retention period. Each run holds a ShedLock lock, so one node does it at a time; listeners are
 * idempotent, so a reaction that did succeed just before a crash is not applied twice.
 *
 * <p>This replaces {@code republish-outstanding-events-on-restart}, which with several nodes makes
 * every restarting node republish the publications the others are still processing.
 */
@Component
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration resubmitAfter;
    private final Duration retention;

    EventPublicationMaintenance(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            JdbcClient jdbc,
            Clock clock,
            @Value("${relais.events.resubmit-after:PT5M}") Duration resubmitAfter,
            @Value("${relais.events.retention:P30D}") Duration retention) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.resubmitAfter = resubmitAfter;
        this.retention = retention;
    }

    @Scheduled(
            fixedDelayString = "${relais.events.resubmit-interval:PT1M}",
            initialDelayString = "${relais.events.resubmit-interval:PT1M}")
    @SchedulerLock(name = "event-publications-resubmit", lockAtMostFor = "PT10M")
    public void resubmitIncomplete() {
        // A node that stopped while a resubmitted reaction ran left it RESUBMITTED, which Spring Modulith
        // never resubmits again: after the same delay, count it as failed so that it is handed over again.
        int stale = jdbc.sql("""
                        UPDATE event_publication SET status = 'FAILED'
                         WHERE status = 'RESUBMITTED' AND completion_date IS NULL AND last_resubmission_date < ?""")
                .param(Instants.param(clock.instant().minus(resubmitAfter)))
                .update();
        if (stale > 0) {
            log.warn("{} event publication(s) resubmitted but never completed are handed over again", stale);
        }
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }

    @Scheduled(cron = "${relais.events.purge-cron:0 40 3 * * *}")
    @SchedulerLock(name = "event-publications-purge", lockAtMostFor = "PT30M")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(retention);
        log.debug("Completed event publications older than {} deleted", retention);
    }
}
