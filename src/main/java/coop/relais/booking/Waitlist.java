package coop.relais.booking;

import coop.relais.booking.internal.BookingNotifications;
import coop.relais.booking.internal.BookingRepository;
import coop.relais.booking.internal.BookingRules;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.booking.internal.SlotWriter;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fair waitlist: a person asks for a slot that is taken; when it frees up (a cancellation, a decline, a
 * no-show release, an offer not taken), it is offered to the first person waiting, alone: a booking HELD
 * for them for a short time (every rule checked again, as for any booking). They accept it, or it expires
 * and goes to the next; when nobody waits any more, the slot is free for everyone.
 */
@Service
public class Waitlist {

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final SlotWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration offerFor;

    Waitlist(
            JdbcClient jdbc,
            ResourceRepository resources,
            BookingRepository bookings,
            SlotWriter writer,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${relais.booking.offer-minutes:15}") int offerMinutes) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.bookings = bookings;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
        this.offerFor = Duration.ofMinutes(offerMinutes);
    }

    /** A place on the waitlist. */
    public record Entry(
            UUID id,
            UUID resourceId,
            String resourceName,
            Instant start,
            Instant end,
            String status,
            UUID bookingId,
            java.time.ZoneId timeZone) {}

    /** Waits for a slot that is taken now; a free slot is booked instead (409 says so). */
    @Transactional
    public Entry join(CurrentUser user, UUID resourceId, Instant start, Instant end) {
        if (start == null || end == null) {
            throw DomainException.invalid("booking.times.required");
        }
        if (!start.isBefore(end)) {
            throw DomainException.invalid("booking.times.order");
        }
        ResourceView resource = resources
                .find(resourceId)
                .filter(r -> user.belongsTo(r.siteId()))
                .orElseThrow(() -> new NotFoundException("resource"));
        resources.lock(resourceId);
        BookingRules.check(resource, start, end, clock.instant(), 0);
        if (!bookings.holdOverlaps(resourceId, start, end, null)) {
            throw new DomainException("booking.waitlist.free");
        }
        long already = jdbc.sql("""
                        SELECT COUNT(*) FROM booking_waitlist WHERE resource_id = ? AND member_id = ?
                        AND status IN ('WAITING', 'OFFERED') AND starts_at < ? AND ends_at > ?""")
                .params(resourceId, user.accountId(), Instants.param(end), Instants.param(start))
                .query(Long.class)
                .single();
        if (already > 0) {
            throw new DomainException("booking.waitlist.already");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO booking_waitlist (id, resource_id, site_id, member_id, starts_at, ends_at, created_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING')""")
                .params(
                        id,
                        resourceId,
                        resource.siteId(),
                        user.accountId(),
                        Instants.param(start),
                        Instants.param(end),
                        Instants.param(clock.instant()))
                .update();
        return new Entry(id, resourceId, resource.name(), start, end, "WAITING", null, resource.timeZone());
    }

    /** The person's places on waitlists still waiting or offered, soonest first. */
    public List<Entry> mine(CurrentUser user) {
        return jdbc.sql("""
                        SELECT w.id, w.resource_id, r.name, w.starts_at, w.ends_at, w.status, w.booking_id, s.time_zone
                        FROM booking_waitlist w JOIN booking_resource r ON r.id = w.resource_id
                        JOIN site s ON s.id = w.site_id
                        WHERE w.member_id = ? AND w.status IN ('WAITING', 'OFFERED') ORDER BY w.starts_at LIMIT 50""")
                .param(user.accountId())
                .query((rs, n) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("resource_id", UUID.class),
                        rs.getString("name"),
                        Instants.read(rs, "starts_at"),
                        Instants.read(rs, "ends_at"),
                        rs.getString("status"),
                        rs.getObject("booking_id", UUID.class),
                        java.time.ZoneId.of(rs.getString("time_zone"))))
                .list();
    }

    /** Leaves the waitlist (a slot offered is given up: it goes to the next person). */
    @Transactional
    public void leave(CurrentUser user, UUID entryId) {
        record Mine(UUID resourceId, String status, UUID bookingId) {}
        Mine entry = jdbc.sql(
                        "SELECT resource_id, status, booking_id FROM booking_waitlist WHERE id = ? AND member_id = ?")
                .params(entryId, user.accountId())
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("waitlist"));
        resources.lock(entry.resourceId());
        jdbc.sql("UPDATE booking_waitlist SET status = 'LEFT' WHERE id = ? AND status IN ('WAITING', 'OFFERED')")
                .param(entryId)
                .update();
        if ("OFFERED".equals(entry.status()) && entry.bookingId() != null) {
            bookings.cancel(entry.bookingId(), clock.instant());
            resources.find(entry.resourceId()).ifPresent(this::slotFreed);
        }
    }

    /** Accepts a slot offered: the booking held becomes the person's (confirmed, or waiting for approval). */
    @Transactional
    public BookingView accept(CurrentUser user, BookingView offer, ResourceView resource) {
        if (offer.status() != BookingStatus.HELD) {
            throw new DomainException("booking.offer.notHeld");
        }
        BookingStatus next = SlotWriter.firstStatus(resource, user.worksAt(resource.siteId()));
        if (!bookings.decide(offer.id(), "HELD", next.name(), user.accountId(), clock.instant(), null)) {
            throw new DomainException("booking.offer.notHeld");
        }
        jdbc.sql("UPDATE booking_waitlist SET status = 'BOOKED' WHERE booking_id = ?")
                .param(offer.id())
                .update();
        return bookings.find(offer.id()).orElseThrow();
    }

    /**
     * A slot of the resource may have freed up: each person waiting, first come first served, whose slot
     * is now free and keeps every rule, is offered it alone. Runs in the caller's transaction, which holds
     * the resource's lock.
     */
    public void slotFreed(ResourceView resource) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE booking_waitlist SET status = 'PASSED' WHERE resource_id = ? AND status = 'OFFERED'
                        AND booking_id IN (SELECT id FROM booking WHERE status IN ('CANCELLED', 'EXPIRED'))""").param(resource.id()).update();
        jdbc.sql(
                        "UPDATE booking_waitlist SET status = 'LAPSED' WHERE resource_id = ? AND status = 'WAITING' AND starts_at <= ?")
                .params(resource.id(), Instants.param(now))
                .update();
        record Waiting(UUID id, UUID memberId, String name, Instant start, Instant end) {}
        List<Waiting> queue = jdbc.sql("""
                        SELECT w.id, w.member_id, a.display_name, w.starts_at, w.ends_at
                        FROM booking_waitlist w JOIN account a ON a.id = w.member_id
                        WHERE w.resource_id = ? AND w.status = 'WAITING' ORDER BY w.created_at LIMIT 100""")
                .param(resource.id())
                .query((rs, n) -> new Waiting(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        Instants.read(rs, "starts_at"),
                        Instants.read(rs, "ends_at")))
                .list();
        for (Waiting waiting : queue) {
            try {
                BookingView offer = writer.place(
                        resource,
                        new SlotWriter.For(waiting.memberId(), waiting.name(), false, waiting.memberId(), null, null),
                        waiting.start(),
                        waiting.end(),
                        now,
                        false,
                        BookingStatus.HELD,
                        null,
                        now.plus(offerFor));
                jdbc.sql("UPDATE booking_waitlist SET status = 'OFFERED', booking_id = ? WHERE id = ?")
                        .params(offer.id(), waiting.id())
                        .update();
                events.publishEvent(new NoticeRequested(
                        "booking:" + offer.id() + ":offered",
                        waiting.memberId(),
                        "booking.notice.offered",
                        new Object[] {resource.name(), offerFor.toMinutes()},
                        "/bookings",
                        BookingNotifications.CATEGORY));
            } catch (DomainException stillTaken) {
                // Still taken, or a rule now refuses it for this person: they keep their place.
            }
        }
    }
}
