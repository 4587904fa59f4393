package coop.relais.booking;

import coop.relais.booking.internal.BookingChecks;
import coop.relais.booking.internal.BookingNotifications;
import coop.relais.booking.internal.BookingRepository;
import coop.relais.booking.internal.Damages;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the site's staff do with bookings: approve or decline those waiting (every rule checked again on
 * approval), block a resource for maintenance, put a damaged one back in service, and see the day.
 */
@Service
public class SiteBookings {

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final BookingChecks checks;
    private final Waitlist waitlist;
    private final Damages damages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SiteBookings(
            JdbcClient jdbc,
            ResourceRepository resources,
            BookingRepository bookings,
            BookingChecks checks,
            Waitlist waitlist,
            Damages damages,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.bookings = bookings;
        this.checks = checks;
        this.waitlist = waitlist;
        this.damages = damages;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The site's bookings waiting for approval, soonest first. */
    public List<BookingView> pending(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return bookings.ofSite(siteId, "PENDING", clock.instant(), 200);
    }

    /** The site's bookings of a day, each resource's in time order: the desk's view. */
    public List<BookingView> day(CurrentUser user, UUID siteId, LocalDate day, java.time.ZoneId zone) {
        staff(user, siteId);
        return bookings.ofSiteBetween(
                siteId,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Approves a booking waiting: every rule is checked again, the booking not counting against itself. */
    public BookingView approve(CurrentUser user, UUID bookingId) {
        return transactions.execute(status -> {
            BookingView booking = waitingAt(user, bookingId);
            ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
            checks.check(new BookingChecks.Ask(
                    resource,
                    booking.memberId(),
                    false,
                    booking.start(),
                    booking.end(),
                    clock.instant(),
                    false,
                    booking.id()));
            bookings.decide(bookingId, "PENDING", "CONFIRMED", user.accountId(), clock.instant(), null);
            tell(booking, "approved", "booking.notice.approved");
            return bookings.find(bookingId).orElseThrow();
        });
    }

    /** Declines a booking waiting, saying why; its slot is free again (offered to the waitlist first). */
    public BookingView decline(CurrentUser user, UUID bookingId, String reason) {
        if (reason != null && reason.strip().length() > 500) {
            throw DomainException.invalid("booking.decline.tooLong");
        }
        return transactions.execute(status -> {
            BookingView booking = waitingAt(user, bookingId);
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            bookings.decide(bookingId, "PENDING", "DECLINED", user.accountId(), clock.instant(), why);
            resources.find(booking.resourceId()).ifPresent(waitlist::slotFreed);
            tell(booking, "declined", "booking.notice.declined");
            return bookings.find(bookingId).orElseThrow();
        });
    }

    /**
     * Blocks the resource for maintenance over [start, end): refused (409) if bookings hold part of it,
     * which the desk moves or cancels first.
     */
    public BookingView maintenance(CurrentUser user, UUID resourceId, Instant start, Instant end, String reason) {
        if (start == null || end == null) {
            throw DomainException.invalid("booking.times.required");
        }
        if (!start.isBefore(end)) {
            throw DomainException.invalid("booking.times.order");
        }
        if (reason != null && reason.strip().length() > 500) {
            throw DomainException.invalid("booking.decline.tooLong");
        }
        ResourceView resource = resources
                .find(resourceId)
                .filter(r -> user.worksAt(r.siteId()))
                .orElseThrow(() -> new NotFoundException("resource"));
        try {
            return transactions.execute(status -> {
                resources.lock(resourceId);
                if (bookings.holdOverlaps(resourceId, start, end, null)) {
                    throw new DomainException("booking.maintenance.taken");
                }
                BookingView block = new BookingView(
                        UUID.randomUUID(),
                        resourceId,
                        resource.name(),
                        resource.siteId(),
                        user.accountId(),
                        user.displayName(),
                        start,
                        end,
                        BookingStatus.MAINTENANCE,
                        clock.instant(),
                        resource.timeZone(),
                        resource.kind(),
                        null,
                        null);
                bookings.insert(
                        block,
                        user.accountId(),
                        null,
                        null,
                        start,
                        end,
                        null,
                        null,
                        reason == null || reason.isBlank() ? null : reason.strip());
                return block;
            });
        } catch (DataIntegrityViolationException raced) {
            throw new DomainException("booking.maintenance.taken");
        }
    }

    /** Puts a resource taken out of service (a damage) back in service. */
    public void repaired(CurrentUser user, UUID resourceId) {
        ResourceView resource = resources
                .find(resourceId)
                .filter(r -> user.worksAt(r.siteId()))
                .orElseThrow(() -> new NotFoundException("resource"));
        damages.repaired(resource.id());
    }

    /** The damages of the site's resources not repaired yet, newest first. */
    public List<String[]> openDamages(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return jdbc.sql("""
                        SELECT r.id, r.name, d.description, d.reported_at FROM booking_damage d
                        JOIN booking_resource r ON r.id = d.resource_id
                        WHERE r.site_id = ? AND d.repaired_at IS NULL ORDER BY d.reported_at DESC LIMIT 50""")
                .param(siteId)
                .query((rs, n) -> new String[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Instants.read(rs, "reported_at").toString()
                })
                .list();
    }

    private BookingView waitingAt(CurrentUser user, UUID bookingId) {
        BookingView booking = bookings.find(bookingId)
                .filter(b -> user.worksAt(b.siteId()))
                .orElseThrow(() -> new NotFoundException("booking"));
        resources.lock(booking.resourceId());
        if (booking.status() != BookingStatus.PENDING) {
            throw new DomainException("booking.approval.notPending");
        }
        return booking;
    }

    private void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }

    private void tell(BookingView booking, String what, String key) {
        events.publishEvent(new NoticeRequested(
                "booking:" + booking.id() + ":" + what,
                booking.memberId(),
                key,
                new Object[] {booking.resourceName()},
                "/bookings",
                BookingNotifications.CATEGORY));
    }
}
