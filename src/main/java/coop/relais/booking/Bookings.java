package coop.relais.booking;

import coop.relais.booking.internal.BookingChecks;
import coop.relais.booking.internal.BookingMail;
import coop.relais.booking.internal.BookingRepository;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.booking.internal.SlotWriter;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Sha256;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking a site's shared resources. A booking is written under a lock on its resource, after its rules
 * and a free slot are checked; on PostgreSQL an exclusion constraint refuses an overlap as well. The
 * people of a site (its members and staff) see and book its resources; others find nothing (404).
 */
@Service
public class Bookings {

    /** The longest span the availability of a resource is asked for at once. */
    static final Duration MAX_SPAN = Duration.ofDays(31);

    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final SlotWriter writer;
    private final BookingChecks checks;
    private final Waitlist waitlist;
    private final BookingMail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Bookings(
            ResourceRepository resources,
            BookingRepository bookings,
            SlotWriter writer,
            BookingChecks checks,
            Waitlist waitlist,
            BookingMail mail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.resources = resources;
        this.bookings = bookings;
        this.writer = writer;
        this.checks = checks;
        this.waitlist = waitlist;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A booking made, and whether it was made before with the same Idempotency-Key. */
    public record Booked(BookingView booking, boolean replayed) {}

    /** The site's resources (its people only). */
    public List<ResourceView> resources(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        return resources.ofSite(siteId);
    }

    public ResourceView resource(CurrentUser user, UUID resourceId) {
        return visible(user, resourceId);
    }

    /** What is free and taken of a resource from {@code from} to {@code to} (at most 31 days). */
    public Availability availability(CurrentUser user, UUID resourceId, Instant from, Instant to) {
        ResourceView resource = visible(user, resourceId);
        if (from == null || to == null || !from.isBefore(to)) {
            throw DomainException.invalid("booking.availability.range");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw DomainException.invalid("booking.availability.tooLong");
        }
        List<Availability.Interval> taken = bookings.holdsBetween(resourceId, from, to);
        return new Availability(resourceId, from, to, free(resource, from, to, taken), taken);
    }

    /**
     * Books a slot for the person (members of the resource's site, and its staff). A slot taken is a
     * conflict (409); a rule of the resource broken is named (422).
     *
     * @param key the request's Idempotency-Key, or null: the same key again answers the same booking
     */
    public Booked book(CurrentUser user, UUID resourceId, Instant start, Instant end, String key) {
        if (start == null || end == null) {
            throw DomainException.invalid("booking.times.required");
        }
        if (!start.isBefore(end)) {
            throw DomainException.invalid("booking.times.order");
        }
        ResourceView resource = visible(user, resourceId);
        String hash = Sha256.hex(resourceId + "|" + start + "|" + end);
        try {
            return transactions.execute(status -> {
                resources.lock(resourceId);
                if (key != null) {
                    var done = bookings.findByKey(user.accountId(), key);
                    if (done.isPresent()) {
                        if (!hash.equals(done.get().requestHash())) {
                            throw new DomainException("booking.idempotencyMismatch");
                        }
                        return new Booked(done.get().view(), true);
                    }
                }
                Instant now = clock.instant();
                boolean staff = user.worksAt(resource.siteId());
                BookingView booking = writer.place(
                        resource,
                        new SlotWriter.For(user.accountId(), user.displayName(), staff, user.accountId(), key, hash),
                        start,
                        end,
                        now,
                        true,
                        SlotWriter.firstStatus(resource, staff),
                        null,
                        null);
                mail.confirmed(user, booking);
                return new Booked(booking, false);
            });
        } catch (DataIntegrityViolationException raced) {
            // The database's own guard (PostgreSQL's exclusion constraint, or the key's unique index).
            throw new DomainException("booking.taken");
        }
    }

    /** The person's bookings not over yet, soonest first. */
    public List<BookingView> mine(CurrentUser user) {
        return bookings.upcomingOf(user.accountId(), clock.instant(), 100);
    }

    /** A booking, to the person who booked it and to the staff of its site. */
    public BookingView find(CurrentUser user, UUID bookingId) {
        BookingView booking = bookings.find(bookingId).orElseThrow(() -> new NotFoundException("booking"));
        if (!booking.memberId().equals(user.accountId()) && !user.worksAt(booking.siteId())) {
            throw new NotFoundException("booking");
        }
        return booking;
    }

    /** Cancels a booking not started yet; its slot is free again at once. */
    public BookingView cancel(CurrentUser user, UUID bookingId) {
        return transactions.execute(status -> {
            BookingView booking = find(user, bookingId);
            resources.lock(booking.resourceId());
            if (!booking.status().holds() || booking.status() == BookingStatus.MAINTENANCE) {
                throw new DomainException("booking.cancel.notConfirmed");
            }
            if (!booking.start().isAfter(clock.instant())) {
                throw DomainException.rule("booking.rule.started");
            }
            ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
            if (!user.worksAt(booking.siteId())
                    && booking.status() != BookingStatus.HELD
                    && booking.start()
                            .isBefore(clock.instant()
                                    .plus(Duration.ofMinutes(resource.policy().cancelNoticeMinutes())))) {
                throw DomainException.rule(
                        "booking.rule.cancelNotice", resource.policy().cancelNoticeMinutes());
            }
            bookings.cancel(bookingId, clock.instant());
            waitlist.slotFreed(resource);
            BookingView cancelled = bookings.find(bookingId).orElseThrow();
            mail.cancelled(user, cancelled);
            return cancelled;
        });
    }

    /**
     * Moves a booking to another slot of its resource, before its edit notice: every rule is checked again,
     * the booking not counting against itself. One waiting for approval stays so; a confirmed one of a
     * resource that needs approval waits for it again, unless staff change it.
     */
    public BookingView change(CurrentUser user, UUID bookingId, Instant start, Instant end) {
        if (start == null || end == null) {
            throw DomainException.invalid("booking.times.required");
        }
        if (!start.isBefore(end)) {
            throw DomainException.invalid("booking.times.order");
        }
        try {
            return transactions.execute(status -> {
                BookingView booking = find(user, bookingId);
                resources.lock(booking.resourceId());
                if (booking.status() != BookingStatus.CONFIRMED && booking.status() != BookingStatus.PENDING) {
                    throw new DomainException("booking.cancel.notConfirmed");
                }
                ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
                Instant now = clock.instant();
                boolean staff = user.worksAt(booking.siteId());
                if (!staff
                        && booking.start()
                                .isBefore(now.plus(
                                        Duration.ofMinutes(resource.policy().editNoticeMinutes())))) {
                    throw DomainException.rule(
                            "booking.rule.editNotice", resource.policy().editNoticeMinutes());
                }
                if (booking.trip() != null || booking.checkedInAt() != null) {
                    throw DomainException.rule("booking.rule.started");
                }
                checks.check(new BookingChecks.Ask(
                        resource, booking.memberId(), staff, start, end, now, true, booking.id()));
                Instant[] hold = BookingChecks.hold(resource, start, end);
                bookings.reschedule(
                        booking.id(),
                        start,
                        end,
                        hold[0],
                        hold[1],
                        SlotWriter.firstStatus(resource, staff).name());
                waitlist.slotFreed(resource);
                return bookings.find(booking.id()).orElseThrow();
            });
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("booking.taken");
        }
    }

    private ResourceView visible(CurrentUser user, UUID resourceId) {
        ResourceView resource =
                resourceId == null ? null : resources.find(resourceId).orElse(null);
        if (resource == null || !user.belongsTo(resource.siteId())) {
            throw new NotFoundException("resource");
        }
        return resource;
    }

    /** The opening hours of each day from {@code from} to {@code to}, less what is taken. */
    private static List<Availability.Interval> free(
            ResourceView resource, Instant from, Instant to, List<Availability.Interval> taken) {
        List<Availability.Interval> free = new ArrayList<>();
        if (resource.blocked()) {
            return free;
        }
        LocalDate day = from.atZone(resource.timeZone()).toLocalDate();
        LocalDate last = to.atZone(resource.timeZone()).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime opens = day.atTime(resource.opensAt()).atZone(resource.timeZone());
            ZonedDateTime closes = day.atTime(resource.closesAt()).atZone(resource.timeZone());
            Instant cursor = max(opens.toInstant(), from);
            Instant dayEnd = min(closes.toInstant(), to);
            for (Availability.Interval busy : taken) {
                if (!busy.end().isAfter(cursor) || !busy.start().isBefore(dayEnd)) {
                    continue;
                }
                if (busy.start().isAfter(cursor)) {
                    free.add(new Availability.Interval(cursor, busy.start()));
                }
                cursor = max(cursor, busy.end());
            }
            if (cursor.isBefore(dayEnd)) {
                free.add(new Availability.Interval(cursor, dayEnd));
            }
        }
        return free;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
