package coop.relais.booking.internal;

import coop.relais.notification.NoticeRequested;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases the rooms booked and not checked in by the end of their grace period: the booking becomes a
 * no-show (kept, never deleted; not charged) and its slot is free for anyone. Runs every minute on one
 * node (ShedLock); each booking is released once (a conditional update).
 */
@Component
public class NoShowRelease {

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final coop.relais.booking.Waitlist waitlist;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    NoShowRelease(
            JdbcClient jdbc,
            ResourceRepository resources,
            coop.relais.booking.Waitlist waitlist,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.waitlist = waitlist;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Unclaimed(UUID id, UUID resourceId, UUID memberId, String resourceName) {}

    @Scheduled(cron = "${relais.booking.no-show-cron:30 * * * * *}")
    @SchedulerLock(name = "booking-no-show-release", lockAtMostFor = "PT50S", lockAtLeastFor = "PT5S")
    public void run() {
        release();
    }

    /** Releases what is due now; returns how many bookings were released. */
    public int release() {
        Integer released = transactions.execute(status -> {
            Instant now = clock.instant();
            // The grace period is a whole number of minutes: compared in Java, portable across databases.
            List<Unclaimed> due = jdbc.sql("""
                            SELECT b.id, b.resource_id, b.member_id, r.name, b.starts_at, r.check_in_grace_minutes
                            FROM booking b JOIN booking_resource r ON r.id = b.resource_id
                            WHERE b.status = 'CONFIRMED' AND b.checked_in_at IS NULL AND b.starts_at <= ?
                              AND r.kind = 'ROOM' AND r.check_in_grace_minutes IS NOT NULL
                            ORDER BY b.starts_at LIMIT 500""")
                    .param(Instants.param(now))
                    .query((rs, n) -> Instants.read(rs, "starts_at")
                                    .plusSeconds(60L * rs.getInt("check_in_grace_minutes"))
                                    .isAfter(now)
                            ? null
                            : new Unclaimed(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("resource_id", UUID.class),
                                    rs.getObject("member_id", UUID.class),
                                    rs.getString("name")))
                    .list();
            int count = 0;
            for (Unclaimed booking : due) {
                if (booking == null) {
                    continue;
                }
                resources.lock(booking.resourceId());
                int updated =
                        jdbc.sql("""
                                UPDATE booking SET status = 'NO_SHOW', released_at = ?
                                WHERE id = ? AND status = 'CONFIRMED' AND checked_in_at IS NULL""").params(Instants.param(now), booking.id()).update();
                if (updated == 1) {
                    count++;
                    resources.find(booking.resourceId()).ifPresent(waitlist::slotFreed);
                    events.publishEvent(new NoticeRequested(
                            "booking:" + booking.id() + ":no-show",
                            booking.memberId(),
                            "booking.notice.noShow",
                            new Object[] {booking.resourceName()},
                            "/bookings",
                            BookingNotifications.CATEGORY));
                }
            }
            return count;
        });
        return released == null ? 0 : released;
    }
}
