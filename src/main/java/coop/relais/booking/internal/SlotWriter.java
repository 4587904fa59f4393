package coop.relais.booking.internal;

import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import coop.relais.booking.ResourceView;
import coop.relais.identity.AccountDirectory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes a booking into a slot after every rule of {@link BookingChecks}: the one way a slot becomes held,
 * whoever asks (a booking, an occurrence of a series, a waitlist offer). The caller's transaction holds the
 * resource's lock; on PostgreSQL the exclusion constraint guards the slot as well.
 */
@Component
public class SlotWriter {

    private final BookingChecks checks;
    private final BookingRepository bookings;
    private final AccountDirectory accounts;

    SlotWriter(BookingChecks checks, BookingRepository bookings, AccountDirectory accounts) {
        this.checks = checks;
        this.bookings = bookings;
        this.accounts = accounts;
    }

    /** Who the booking is for, who makes it, and how it was asked. */
    public record For(UUID memberId, String memberName, boolean staff, UUID bookedBy, String key, String hash) {}

    /**
     * Not transactional itself (a refusal must not mark the caller's transaction for rollback: a series that
     * skips conflicts goes on after one), it runs in the caller's, which holds the resource's lock.
     */
    public BookingView place(
            ResourceView resource,
            For who,
            Instant start,
            Instant end,
            Instant now,
            boolean timing,
            BookingStatus status,
            UUID seriesId,
            Instant offerExpiresAt) {
        checks.check(new BookingChecks.Ask(resource, who.memberId(), who.staff(), start, end, now, timing, null));
        Instant[] hold = BookingChecks.hold(resource, start, end);
        BookingView booking = new BookingView(
                UUID.randomUUID(),
                resource.id(),
                resource.name(),
                resource.siteId(),
                who.memberId(),
                who.memberName(),
                start,
                end,
                status,
                now,
                resource.timeZone(),
                resource.kind(),
                null,
                null);
        bookings.insert(
                booking, who.bookedBy(), who.key(), who.hash(), hold[0], hold[1], seriesId, offerExpiresAt, null);
        if (resource.policy().paidBy() == ResourceView.PaidBy.EMPLOYER) {
            accounts.employerOf(who.memberId(), resource.siteId())
                    .ifPresent(employer -> bookings.paidBy(booking.id(), employer));
        }
        return booking;
    }

    /** The status a new booking of the resource starts in: waiting for approval, or confirmed. */
    public static BookingStatus firstStatus(ResourceView resource, boolean staff) {
        return resource.policy().approvalRequired() && !staff ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
    }
}
