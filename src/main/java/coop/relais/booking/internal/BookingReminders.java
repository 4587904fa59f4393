package coop.relais.booking.internal;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.text.SpokenDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each person of a confirmed booking the day before it starts, once (a conditional update), by
 * e-mail in their language; a booking made less than a day ahead needs no reminder. Runs every ten
 * minutes on one node (ShedLock).
 */
@Component
public class BookingReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BookingReminders(
            JdbcClient jdbc,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            MessageSource messages,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Due(UUID id, UUID memberId, String resourceName, Instant start, Instant end, ZoneId zone) {}

    @Scheduled(cron = "${relais.booking.reminder-cron:0 */10 * * * *}")
    @SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT9M", lockAtLeastFor = "PT10S")
    public void run() {
        remind();
    }

    /** Sends the reminders due now; returns how many. */
    public int remind() {
        Integer sent = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Due> due = jdbc.sql("""
                            SELECT b.id, b.member_id, r.name, b.starts_at, b.ends_at, s.time_zone
                            FROM booking b JOIN booking_resource r ON r.id = b.resource_id JOIN site s ON s.id = b.site_id
                            WHERE b.status = 'CONFIRMED' AND b.reminded_at IS NULL AND b.starts_at > ? AND b.starts_at <= ?
                              AND b.created_at <= b.starts_at - INTERVAL '1' DAY
                            ORDER BY b.starts_at LIMIT 500""")
                    .params(Instants.param(now), Instants.param(now.plus(AHEAD)))
                    .query((rs, n) -> new Due(
                            rs.getObject("id", UUID.class),
                            rs.getObject("member_id", UUID.class),
                            rs.getString("name"),
                            Instants.read(rs, "starts_at"),
                            Instants.read(rs, "ends_at"),
                            ZoneId.of(rs.getString("time_zone"))))
                    .list();
            int count = 0;
            for (Due booking : due) {
                if (jdbc.sql("UPDATE booking SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                                .params(Instants.param(now), booking.id())
                                .update()
                        == 1) {
                    accounts.find(booking.memberId())
                            .filter(a -> a.email() != null)
                            .ifPresent(member -> mail(member, booking));
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private void mail(AccountSummary member, Due booking) {
        Locale locale = "en".equals(member.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        SpokenDates dates = SpokenDates.of(locale, LocalDate.now(clock.withZone(booking.zone())));
        String when = messages.getMessage(
                "booking.home.when",
                new Object[] {
                    dates.day(booking.start(), booking.zone()),
                    dates.time(booking.start(), booking.zone()),
                    dates.time(booking.end(), booking.zone())
                },
                locale);
        events.publishEvent(new EmailRequested(
                "booking:" + booking.id() + ":reminder",
                member.id(),
                member.email(),
                member.language(),
                "booking/reminder",
                "booking.mail.reminder.subject",
                new Object[] {booking.resourceName(), when},
                BookingNotifications.CATEGORY,
                Map.of(
                        "recipientName", member.displayName(),
                        "resourceName", booking.resourceName(),
                        "when", when,
                        "link", links.to("/bookings"))));
    }
}
