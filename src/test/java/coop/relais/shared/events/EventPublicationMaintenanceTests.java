package coop.relais.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction of another module that fails after the commit stays in the registry and is handed to its
 * listener again by the maintenance job (not by a restart); completed publications are purged after
 * the retention period.
 */
@SpringBootTest
@Import(EventPublicationMaintenanceTests.FlakyReaction.class)
class EventPublicationMaintenanceTests {

    /** An event of this test alone. */
    record SomethingHappened(UUID id) {}

    @TestConfiguration
    @Component
    static class FlakyReaction {

        static final ConcurrentHashMap<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        static final ConcurrentHashMap<UUID, Boolean> done = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (attempt == 1) {
                throw new IllegalStateException("The first attempt fails (a remote service is down)");
            }
            done.put(event.id(), true);
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    CompletedEventPublications completed;

    @Autowired
    JdbcClient jdbc;

    private long publications(UUID id, boolean complete) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS "
                        + (complete ? "NOT NULL" : "NULL"))
                .param("%" + id + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aReactionCutOffDuringItsResubmissionIsHandedOverAgain() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(id)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> FlakyReaction.attempts.containsKey(id) && publications(id, false) == 1);

        // As a node that stopped while running the resubmitted reaction leaves it.
        OffsetDateTime tenMinutesAgo = Instants.param(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.sql("""
                        UPDATE event_publication SET status = 'RESUBMITTED', publication_date = ?, last_resubmission_date = ?
                         WHERE serialized_event LIKE ?""").params(tenMinutesAgo, tenMinutesAgo, "%" + id + "%").update();

        new EventPublicationMaintenance(
                        incomplete, completed, jdbc, Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofDays(30))
                .resubmitIncomplete();
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(id, true) == 1);
        assertThat(FlakyReaction.done).containsKey(id);
    }

    @Test
    void aFailedReactionIsResubmittedOnceOldEnoughThenPurgedAfterTheRetention() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(id)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> FlakyReaction.attempts.containsKey(id) && publications(id, false) == 1);
        assertThat(FlakyReaction.done).doesNotContainKey(id);

        // Too young to be resubmitted: nothing happens.
        new EventPublicationMaintenance(
                        incomplete, completed, jdbc, Clock.systemUTC(), Duration.ofHours(1), Duration.ofDays(30))
                .resubmitIncomplete();
        assertThat(FlakyReaction.attempts.get(id)).hasValue(1);

        EventPublicationMaintenance job = new EventPublicationMaintenance(
                incomplete, completed, jdbc, Clock.systemUTC(), Duration.ZERO, Duration.ofDays(30));
        job.resubmitIncomplete();
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(id, true) == 1);
        assertThat(FlakyReaction.done).containsKey(id);
        assertThat(FlakyReaction.attempts.get(id)).hasValue(2);

        // Kept during the retention period, then deleted.
        job.purgeCompleted();
        assertThat(publications(id, true)).isEqualTo(1);
        new EventPublicationMaintenance(incomplete, completed, jdbc, Clock.systemUTC(), Duration.ZERO, Duration.ZERO)
                .purgeCompleted();
        assertThat(publications(id, true) + publications(id, false)).isZero();
    }
}
