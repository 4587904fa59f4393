package coop.relais.booking.internal;

import coop.relais.booking.BookingView;
import coop.relais.booking.ResourceView;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A damage found on a resource takes it out of service at once. Each booking of it still to come is
 * moved to an equivalent resource of the site that is free at the same time (for a vehicle: same energy),
 * keeping the rules of its slot; if none is free, it is cancelled. Its person is told either way. The
 * desk marks the resource repaired, which puts it back in service.
 */
@Component
public class Damages {

    static final String CANCELLED_FOR_DAMAGE = "DAMAGE";

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final BookingChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Damages(
            JdbcClient jdbc,
            ResourceRepository resources,
            BookingRepository bookings,
            BookingChecks checks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.bookings = bookings;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    /** What happened to the bookings still to come of a damaged resource. */
    public record Outcome(UUID damageId, List<BookingView> moved, List<BookingView> cancelled) {}

    /**
     * Records the damage (with its photo, if any), blocks the resource, and moves or cancels its bookings to
     * come. Runs in the caller's transaction, which holds the resource's lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome report(
            CurrentUser user,
            ResourceView resource,
            BookingView during,
            String description,
            String photoType,
            byte[] photo) {
        if (description == null || description.isBlank()) {
            throw DomainException.invalid("booking.damage.required");
        }
        if (description.strip().length() > 1000) {
            throw DomainException.invalid("booking.damage.tooLong");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO booking_damage (id, resource_id, booking_id, reported_by, reported_at, description,
                               photo, photo_type)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        resource.id(),
                        during == null ? null : during.id(),
                        user.accountId(),
                        Instants.param(now),
                        description.strip(),
                        photo,
                        photo == null ? null : photoType)
                .update();
        resources.block(resource.id(), true);
        List<BookingView> moved = new java.util.ArrayList<>();
        List<BookingView> cancelled = new java.util.ArrayList<>();
        for (BookingView booking : bookings.comingOn(resource.id(), now)) {
            Optional<ResourceView> other = equivalentFree(resource, booking);
            if (other.isPresent()) {
                Instant[] hold = BookingChecks.hold(other.get(), booking.start(), booking.end());
                bookings.move(booking.id(), other.get().id(), hold[0], hold[1]);
                moved.add(booking);
                notice(booking, "moved", "booking.notice.moved", other.get().name());
            } else {
                bookings.cancelFor(booking.id(), now, CANCELLED_FOR_DAMAGE);
                cancelled.add(booking);
                notice(booking, "cancelled", "booking.notice.cancelledDamage", resource.name());
            }
        }
        return new Outcome(id, moved, cancelled);
    }

    /** Puts the resource back in service: its open damages are repaired. */
    @Transactional
    public void repaired(UUID resourceId) {
        jdbc.sql("UPDATE booking_damage SET repaired_at = ? WHERE resource_id = ? AND repaired_at IS NULL")
                .params(Instants.param(clock.instant()), resourceId)
                .update();
        resources.block(resourceId, false);
    }

    /** The first resource of the same site and kind (and energy) whose slot is free and keeps its rules. */
    private Optional<ResourceView> equivalentFree(ResourceView damaged, BookingView booking) {
        for (ResourceView candidate : resources.ofSite(damaged.siteId())) {
            if (candidate.id().equals(damaged.id())
                    || candidate.kind() != damaged.kind()
                    || candidate.blocked()
                    || (damaged.vehicle() != null
                            && candidate.vehicle().energy() != damaged.vehicle().energy())) {
                continue;
            }
            resources.lock(candidate.id());
            try {
                checks.check(new BookingChecks.Ask(
                        candidate,
                        booking.memberId(),
                        false,
                        booking.start(),
                        booking.end(),
                        clock.instant(),
                        false,
                        null));
                return Optional.of(candidate);
            } catch (DomainException takenOrRuleBroken) {
                // Not equivalent for this slot: try the next one.
            }
        }
        return Optional.empty();
    }

    /** A booking's day and times, in its site's zone, readable in French and English: 10/12 10:00–11:00. */
    static String when(BookingView booking) {
        var format = java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm");
        return format.format(booking.start().atZone(booking.timeZone()))
                + "–"
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(booking.end().atZone(booking.timeZone()));
    }

    private void notice(BookingView booking, String what, String key, String name) {
        events.publishEvent(new NoticeRequested(
                "booking:" + booking.id() + ":" + what,
                booking.memberId(),
                key,
                new Object[] {booking.resourceName(), when(booking), name},
                "/bookings",
                BookingNotifications.CATEGORY));
    }
}
