package coop.relais.shared.demo;

import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every module's demo data into an empty database, once, in one transaction. */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;

    DemoDataLoader(
            List<DemoDataContributor> contributors,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${relais.demo-data:}") String setting,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = setting.isBlank() ? datasourceUrl.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting);
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() {
        if (!enabled) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            long loaded =
                    jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single();
            long accounts =
                    jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
            if (loaded > 0 || accounts > 0) {
                return;
            }
            // The single marker row (primary key 1) makes a second instance starting at the same
            // time wait here, then fail and roll back instead of loading twice.
            jdbc.sql("INSERT INTO demo_data (id, loaded_at) VALUES (1, ?)")
                    .param(Instants.param(Instant.now(clock)))
                    .update();
            log.info("Empty database: loading the demo data");
            long start = System.nanoTime();
            contributors.forEach(DemoDataContributor::load);
            log.info("Demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }
}
