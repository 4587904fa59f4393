package coop.relais.desk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.AccountRepository;
import coop.relais.orders.TestPeople;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestSites;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The very first opening of a new site's desk creates the site's desk settings row: concierges
 * opening at the same moment get one opening and a clear refusal each, never a server error.
 */
@SpringBootTest
class JournalOpeningRaceTests {

    @Autowired
    DeskJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void concurrentFirstOpeningsOfANewDeskGiveOneOpening() throws Exception {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        TestPeople people = new TestPeople(accounts, passwords);
        int parallel = 8;
        List<CurrentUser> concierges = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            concierges.add(people.create("concierge", RoleGrant.atSite(Role.CONCIERGE, site)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JournalEntryView>> results = new ArrayList<>();
        try {
            for (CurrentUser concierge : concierges) {
                results.add(pool.submit(() -> {
                    start.await();
                    return journal.open(concierge, site, Money.euros("50.00"), null);
                }));
            }
            start.countDown();
            int opened = 0;
            int refused = 0;
            for (Future<JournalEntryView> result : results) {
                try {
                    result.get();
                    opened++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DomainException.class).hasMessage("desk.journal.alreadyOpen");
                    refused++;
                }
            }
            assertThat(opened).isEqualTo(1);
            assertThat(refused).isEqualTo(parallel - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM desk_journal_entry WHERE site_id = ?")
                        .param(site)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM desk_site_settings WHERE site_id = ?")
                        .param(site)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
