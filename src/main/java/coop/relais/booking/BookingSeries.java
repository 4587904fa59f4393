package coop.relais.booking;

import coop.relais.booking.internal.BookingMail;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.booking.internal.SlotWriter;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring bookings (a weekly team meeting): occurrences at the same local time each week in the site's
 * time zone, so 10 h stays 10 h across the changes of daylight saving time. Each occurrence keeps every
 * rule, the quota counting the occurrences before it. With "skip conflicts", an occurrence refused is
 * skipped and reported with why; without, the first refusal refuses the whole series and nothing is
 * written.
 */
@Service
public class BookingSeries {

    /** At most a year of weekly occurrences. */
    public static final int MAX_WEEKS = 52;

    private final ResourceRepository resources;
    private final SlotWriter writer;
    private final BookingMail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BookingSeries(
            ResourceRepository resources,
            SlotWriter writer,
            BookingMail mail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.resources = resources;
        this.writer = writer;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** An occurrence not booked, and the rule (or the conflict) that refused it. */
    public record Skipped(Instant start, Instant end, String reason, DomainException refusal) {}

    public record Series(UUID seriesId, List<BookingView> booked, List<Skipped> skipped) {}

    /**
     * Books {@code weeks} weekly occurrences of [start, end).
     *
     * @param skipConflicts skip (and report) the occurrences refused instead of refusing the series
     */
    public Series book(
            CurrentUser user, UUID resourceId, Instant start, Instant end, Integer weeks, boolean skipConflicts) {
        if (start == null || end == null) {
            throw DomainException.invalid("booking.times.required");
        }
        if (!start.isBefore(end)) {
            throw DomainException.invalid("booking.times.order");
        }
        if (weeks == null || weeks < 2 || weeks > MAX_WEEKS) {
            throw DomainException.invalid("booking.series.weeks", MAX_WEEKS);
        }
        ResourceView resource = resources
                .find(resourceId)
                .filter(r -> user.belongsTo(r.siteId()))
                .orElseThrow(() -> new NotFoundException("resource"));
        boolean staff = user.worksAt(resource.siteId());
        ZonedDateTime from = start.atZone(resource.timeZone());
        ZonedDateTime to = end.atZone(resource.timeZone());
        try {
            return transactions.execute(status -> {
                resources.lock(resourceId);
                UUID seriesId = UUID.randomUUID();
                Instant now = clock.instant();
                List<BookingView> booked = new ArrayList<>();
                List<Skipped> skipped = new ArrayList<>();
                for (int week = 0; week < weeks; week++) {
                    Instant s = from.plusWeeks(week).toInstant();
                    Instant e = to.plusWeeks(week).toInstant();
                    try {
                        booked.add(writer.place(
                                resource,
                                new SlotWriter.For(
                                        user.accountId(), user.displayName(), staff, user.accountId(), null, null),
                                s,
                                e,
                                now,
                                true,
                                SlotWriter.firstStatus(resource, staff),
                                seriesId,
                                null));
                    } catch (DomainException refused) {
                        if (!skipConflicts) {
                            throw refused;
                        }
                        String key = refused.messageKey();
                        skipped.add(new Skipped(s, e, key.substring(key.lastIndexOf('.') + 1), refused));
                    }
                }
                if (booked.isEmpty()) {
                    throw new DomainException("booking.series.nothing");
                }
                mail.confirmedSeries(user, seriesId, booked);
                return new Series(seriesId, booked, skipped);
            });
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("booking.taken");
        }
    }
}
