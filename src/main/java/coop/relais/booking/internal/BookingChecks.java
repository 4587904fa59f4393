package coop.relais.booking.internal;

import coop.relais.booking.BookingView;
import coop.relais.booking.DrivingLicences;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every rule a slot must keep before it holds a resource, checked the same way whatever asks for it: a
 * booking made, changed or approved, an occurrence of a series, a waitlist offer. Runs under the
 * resource's lock, in the writer's transaction, so that what it reads (quota, overlaps) stays true until
 * the write.
 */
@Component
public class BookingChecks {

    private final BookingRepository bookings;
    private final DrivingLicences licences;
    private final AccountDirectory accounts;

    BookingChecks(BookingRepository bookings, DrivingLicences licences, AccountDirectory accounts) {
        this.bookings = bookings;
        this.licences = licences;
        this.accounts = accounts;
    }

    /**
     * What is asked.
     *
     * @param staff the person is staff of the site: no company restriction applies
     * @param timing the notice and horizon apply (not to an approval or a waitlist offer of a slot already
     *     asked for in time)
     * @param except the booking being changed or approved, which does not count against itself
     */
    public record Ask(
            ResourceView resource,
            UUID memberId,
            boolean staff,
            Instant start,
            Instant end,
            Instant now,
            boolean timing,
            UUID except) {}

    /** The slot and buffers this ask holds: [start - buffer before, end + buffer after). */
    public static Instant[] hold(ResourceView resource, Instant start, Instant end) {
        return new Instant[] {
            start.minus(Duration.ofMinutes(resource.policy().bufferBeforeMinutes())),
            end.plus(Duration.ofMinutes(resource.policy().bufferAfterMinutes()))
        };
    }

    /** Refuses the ask with the first rule it breaks (422 naming it), or a conflict when the slot is held (409). */
    public void check(Ask ask) {
        ResourceView resource = ask.resource();
        if (!ask.staff() && !resource.policy().companies().isEmpty()) {
            Optional<UUID> employer = accounts.employerOf(ask.memberId(), resource.siteId());
            if (employer.isEmpty() || !resource.policy().companies().contains(employer.get())) {
                throw DomainException.rule("booking.rule.companies", resource.name());
            }
        }
        List<BookingView> around = bookings
                .holdingBetween(
                        resource.id(),
                        ask.start().minus(Duration.ofMinutes(resource.maxMinutes())),
                        ask.end().plus(Duration.ofMinutes(resource.maxMinutes())))
                .stream()
                .filter(b -> ask.except() == null || !b.id().equals(ask.except()))
                .filter(b -> b.status() != coop.relais.booking.BookingStatus.MAINTENANCE)
                .toList();
        long chained = BookingRules.chained(around, ask.memberId(), ask.start(), ask.end());
        if (ask.timing()) {
            BookingRules.check(resource, ask.start(), ask.end(), ask.now(), chained);
        } else {
            BookingRules.slot(resource, ask.start(), ask.end(), chained);
        }
        if (resource.kind() == ResourceKind.VEHICLE) {
            licences.check(
                    ask.memberId(),
                    ask.end().minusNanos(1).atZone(resource.timeZone()).toLocalDate());
        }
        quota(ask);
        Instant[] hold = hold(resource, ask.start(), ask.end());
        if (bookings.holdOverlaps(resource.id(), hold[0], hold[1], ask.except())) {
            throw new DomainException("booking.taken");
        }
    }

    private static java.math.BigDecimal hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes)
                .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }

    private void quota(Ask ask) {
        ResourceView.Quota quota = ask.resource().policy().quota();
        if (quota == null || ask.staff()) {
            return;
        }
        ZonedDateTime start = ask.start().atZone(ask.resource().timeZone());
        LocalDate first = quota.period() == ResourceView.QuotaPeriod.WEEK
                ? start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : start.toLocalDate().withDayOfMonth(1);
        LocalDate next = quota.period() == ResourceView.QuotaPeriod.WEEK ? first.plusWeeks(1) : first.plusMonths(1);
        Set<UUID> members = Set.of(ask.memberId());
        if (quota.scope() == ResourceView.QuotaScope.COMPANY) {
            Optional<UUID> employer =
                    accounts.employerOf(ask.memberId(), ask.resource().siteId());
            if (employer.isPresent()) {
                members = new java.util.HashSet<>(accounts.holdersForOrganisation(Role.MEMBER, employer.get()).stream()
                        .map(AccountSummary::id)
                        .toList());
                members.add(ask.memberId());
            }
        }
        long[] used = bookings.usage(
                ask.resource().id(),
                members,
                first.atStartOfDay(ask.resource().timeZone()).toInstant(),
                next.atStartOfDay(ask.resource().timeZone()).toInstant(),
                quota.countsCancelled(),
                ask.except());
        long minutes = Duration.between(ask.start(), ask.end()).toMinutes();
        int period = quota.period() == ResourceView.QuotaPeriod.WEEK ? 0 : 1;
        if (quota.minutes() != null && used[0] + minutes > quota.minutes()) {
            throw DomainException.rule("booking.rule.quotaMinutes", hours(quota.minutes()), hours(used[0]), period);
        }
        if (quota.bookings() != null && used[1] + 1 > quota.bookings()) {
            throw DomainException.rule("booking.rule.quotaBookings", quota.bookings(), period);
        }
    }
}
