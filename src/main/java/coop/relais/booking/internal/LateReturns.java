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
 * A vehicle or equipment picked up and not returned by the end of its booking is late: its person and the
 * person who booked it next are told once, and the desk's day view shows it until it is back. Runs every
 * minute on one node (ShedLock).
 */
@Component
public class LateReturns {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    LateReturns(
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Late(UUID id, UUID resourceId, UUID memberId, String resourceName, Instant end) {}

    @Scheduled(cron = "${relais.booking.late-return-cron:15 * * * * *}")
    @SchedulerLock(name = "booking-late-returns", lockAtMostFor = "PT50S", lockAtLeastFor = "PT5S")
    public void run() {
        alert();
    }

    /** Tells about the returns late by now, once each; returns how many. */
    public int alert() {
        Integer alerted = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Late> late = jdbc.sql("""
                            SELECT b.id, b.resource_id, b.member_id, r.name, b.ends_at
                            FROM booking b JOIN booking_resource r ON r.id = b.resource_id
                            WHERE b.picked_up_at IS NOT NULL AND b.returned_at IS NULL AND b.late_alerted_at IS NULL
                              AND b.ends_at <= ?
                            ORDER BY b.ends_at LIMIT 200""")
                    .param(Instants.param(now))
                    .query((rs, n) -> new Late(
                            rs.getObject("id", UUID.class),
                            rs.getObject("resource_id", UUID.class),
                            rs.getObject("member_id", UUID.class),
                            rs.getString("name"),
                            Instants.read(rs, "ends_at")))
                    .list();
            int count = 0;
            for (Late booking : late) {
                if (jdbc.sql("UPDATE booking SET late_alerted_at = ? WHERE id = ? AND late_alerted_at IS NULL")
                                .params(Instants.param(now), booking.id())
                                .update()
                        != 1) {
                    continue;
                }
                count++;
                notice(booking.id(), "late", booking.memberId(), "booking.notice.late", booking.resourceName());
                jdbc.sql("""
                                SELECT id, member_id FROM booking
                                WHERE resource_id = ? AND status = 'CONFIRMED' AND starts_at >= ? AND id <> ?
                                ORDER BY starts_at LIMIT 1""")
                        .params(booking.resourceId(), Instants.param(booking.end()), booking.id())
                        .query((rs, n) -> rs.getObject("member_id", UUID.class))
                        .optional()
                        .filter(next -> !next.equals(booking.memberId()))
                        .ifPresent(next -> notice(
                                booking.id(), "late-next", next, "booking.notice.lateNext", booking.resourceName()));
            }
            return count;
        });
        return alerted == null ? 0 : alerted;
    }

    private void notice(UUID bookingId, String what, UUID to, String key, String name) {
        events.publishEvent(new NoticeRequested(
                "booking:" + bookingId + ":" + what,
                to,
                key,
                new Object[] {name},
                "/bookings",
                BookingNotifications.CATEGORY));
    }
}
