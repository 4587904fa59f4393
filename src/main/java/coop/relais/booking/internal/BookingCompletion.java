package coop.relais.booking.internal;

import coop.relais.booking.BookingCompleted;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
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
 * Completes the bookings whose end has passed, once each (a conditional update), and publishes what
 * they cost in the same transaction: billing charges it after the commit. Runs every few minutes on one
 * node (ShedLock), a few hundred bookings per transaction.
 */
@Component
public class BookingCompletion {

    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BookingCompletion(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record Ended(
            UUID id,
            UUID resourceId,
            String resourceName,
            UUID siteId,
            UUID memberId,
            Instant start,
            Instant end,
            BigDecimal pricePerHour,
            BigDecimal vatRate,
            BigDecimal pricePerKm,
            Integer km,
            UUID employerId) {}

    @Scheduled(cron = "${relais.booking.completion-cron:0 */5 * * * *}")
    @SchedulerLock(name = "booking-completion", lockAtMostFor = "PT4M", lockAtLeastFor = "PT10S")
    public void run() {
        completeEnded();
    }

    /** Completes what has ended by now; returns how many bookings were completed. */
    public int completeEnded() {
        int done = 0;
        while (true) {
            Integer completed = transactions.execute(status -> completeBatch(clock.instant()));
            done += completed == null ? 0 : completed;
            if (completed == null || completed < BATCH) {
                return done;
            }
        }
    }

    private int completeBatch(Instant now) {
        List<Ended> ended = jdbc.sql("""
                        SELECT b.id, b.resource_id, r.name, b.site_id, b.member_id, b.starts_at, b.ends_at,
                               r.price_per_hour, r.vat_rate, r.price_per_km, b.pickup_km, b.return_km, b.employer_id
                        FROM booking b JOIN booking_resource r ON r.id = b.resource_id
                        WHERE b.completed_at IS NULL AND b.ends_at <= ? AND b.status = 'CONFIRMED'
                          AND (b.picked_up_at IS NULL OR b.returned_at IS NOT NULL)
                          AND (r.kind <> 'ROOM' OR r.check_in_grace_minutes IS NULL OR b.checked_in_at IS NOT NULL)
                        ORDER BY b.ends_at LIMIT ?""")
                .params(Instants.param(now), BATCH)
                .query((rs, n) -> new Ended(
                        rs.getObject("id", UUID.class),
                        rs.getObject("resource_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        Instants.read(rs, "starts_at"),
                        Instants.read(rs, "ends_at"),
                        rs.getBigDecimal("price_per_hour"),
                        rs.getBigDecimal("vat_rate"),
                        rs.getBigDecimal("price_per_km"),
                        rs.getObject("return_km", Integer.class) == null
                                ? null
                                : rs.getInt("return_km") - rs.getInt("pickup_km"),
                        rs.getObject("employer_id", UUID.class)))
                .list();
        int completed = 0;
        for (Ended booking : ended) {
            int updated = jdbc.sql("UPDATE booking SET completed_at = ? WHERE id = ? AND completed_at IS NULL")
                    .params(Instants.param(now), booking.id())
                    .update();
            if (updated == 1) {
                events.publishEvent(event(booking));
                completed++;
            }
        }
        return completed;
    }

    private static BookingCompleted event(Ended b) {
        List<BookingCompleted.PriceLine> lines = new java.util.ArrayList<>();
        if (b.pricePerHour() != null && b.pricePerHour().signum() > 0) {
            BigDecimal hours = BigDecimal.valueOf(
                            Duration.between(b.start(), b.end()).toMinutes())
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            Money amount = Money.of(b.pricePerHour().multiply(hours).setScale(2, RoundingMode.HALF_UP));
            lines.add(new BookingCompleted.PriceLine(
                    "%s — %s h"
                            .formatted(
                                    b.resourceName(),
                                    hours.stripTrailingZeros().toPlainString().replace('.', ',')),
                    hours,
                    Money.of(b.pricePerHour()),
                    amount,
                    b.vatRate(),
                    b.employerId()));
        }
        if (b.pricePerKm() != null && b.pricePerKm().signum() > 0 && b.km() != null && b.km() > 0) {
            BigDecimal km = BigDecimal.valueOf(b.km());
            lines.add(new BookingCompleted.PriceLine(
                    "%s — %d km".formatted(b.resourceName(), b.km()),
                    km,
                    Money.of(b.pricePerKm()),
                    Money.of(b.pricePerKm().multiply(km).setScale(2, RoundingMode.HALF_UP)),
                    b.vatRate(),
                    b.employerId()));
        }
        return new BookingCompleted(
                b.id(), b.resourceId(), b.resourceName(), b.siteId(), b.memberId(), b.start(), b.end(), lines);
    }
}
