package coop.relais.booking.internal;

import coop.relais.booking.Waitlist;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waitlist offers not taken in time expire: the slot goes to the next person waiting, or to everyone.
 * Runs every minute on one node (ShedLock); each offer expires once (a conditional update).
 */
@Component
public class OfferExpiry {

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final Waitlist waitlist;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OfferExpiry(
            JdbcClient jdbc,
            ResourceRepository resources,
            BookingRepository bookings,
            Waitlist waitlist,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${relais.booking.offer-expiry-cron:45 * * * * *}")
    @SchedulerLock(name = "booking-offer-expiry", lockAtMostFor = "PT50S", lockAtLeastFor = "PT5S")
    public void run() {
        expire();
    }

    /** Expires the offers due by now and offers their slots again; returns how many expired. */
    public int expire() {
        record Due(UUID id, UUID resourceId) {}
        List<Due> due = jdbc.sql("""
                        SELECT id, resource_id FROM booking WHERE status = 'HELD' AND offer_expires_at <= ?
                        ORDER BY offer_expires_at LIMIT 200""")
                .param(Instants.param(clock.instant()))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        int expired = 0;
        for (Due offer : due) {
            Boolean done = transactions.execute(status -> {
                resources.lock(offer.resourceId());
                Instant now = clock.instant();
                if (!bookings.decide(offer.id(), "HELD", "EXPIRED", null, now, null)) {
                    return false;
                }
                resources.find(offer.resourceId()).ifPresent(waitlist::slotFreed);
                return true;
            });
            expired += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return expired;
    }
}
