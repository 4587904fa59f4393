package coop.relais.booking.internal;

import coop.relais.booking.BookingView;
import coop.relais.booking.ResourceView;
import coop.relais.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rules a booking of a resource must keep, checked in the site's time zone: in service; on the
 * quarter hour; within one day's opening hours; at least the shortest and at most the longest booking
 * (a person's back-to-back bookings counted together, so that chaining them cannot beat it); made with
 * enough notice; not beyond the horizon. Each refusal names its rule ({@code booking.rule.<rule>}).
 */
public final class BookingRules {

    /** Bookings start and end on a quarter hour. */
    static final int STEP_MINUTES = 15;

    private BookingRules() {}

    /**
     * @param chainedMinutes the minutes of the same person's confirmed bookings of this resource that
     *     touch this one end to start (before and after), which count with it towards the longest booking
     */
    public static void check(ResourceView resource, Instant start, Instant end, Instant now, long chainedMinutes) {
        slot(resource, start, end, chainedMinutes);
        if (start.isBefore(now)) {
            throw DomainException.rule("booking.rule.past");
        }
        if (start.isBefore(now.plus(Duration.ofMinutes(resource.noticeMinutes())))) {
            throw DomainException.rule("booking.rule.notice", resource.noticeMinutes());
        }
        LocalDate today = now.atZone(resource.timeZone()).toLocalDate();
        if (start.atZone(resource.timeZone()).toLocalDate().isAfter(today.plusDays(resource.horizonDays()))) {
            throw DomainException.rule("booking.rule.horizon", resource.horizonDays());
        }
    }

    /**
     * The rules of the slot itself, whenever it is asked for: in service, on the quarter hour, within
     * opening hours, between the shortest and the longest booking. A booking moved to another resource
     * (its own was damaged) keeps these; notice and horizon were kept when it was made.
     */
    public static void slot(ResourceView resource, Instant start, Instant end, long chainedMinutes) {
        if (resource.blocked()) {
            throw DomainException.rule("booking.rule.blocked", resource.name());
        }
        ZonedDateTime from = start.atZone(resource.timeZone());
        ZonedDateTime to = end.atZone(resource.timeZone());
        if (from.getMinute() % STEP_MINUTES != 0
                || to.getMinute() % STEP_MINUTES != 0
                || from.getSecond() != 0
                || to.getSecond() != 0
                || from.getNano() != 0
                || to.getNano() != 0) {
            throw DomainException.rule("booking.rule.quarterHour");
        }
        LocalDate day = from.toLocalDate();
        boolean sameDay = to.toLocalDate().equals(day)
                || (to.toLocalDate().equals(day.plusDays(1)) && to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
        if (!sameDay
                || from.toLocalTime().isBefore(resource.opensAt())
                || (!to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        && to.toLocalTime().isAfter(resource.closesAt()))) {
            throw DomainException.rule("booking.rule.openingHours", resource.opensAt(), resource.closesAt());
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < resource.minMinutes()) {
            throw DomainException.rule("booking.rule.minDuration", resource.minMinutes());
        }
        if (minutes + chainedMinutes > resource.maxMinutes()) {
            throw DomainException.rule(
                    chainedMinutes > 0 ? "booking.rule.maxDurationChained" : "booking.rule.maxDuration",
                    resource.maxMinutes());
        }
    }

    /** The minutes of the person's confirmed bookings chained end to start with [start, end). */
    public static long chained(List<BookingView> around, UUID memberId, Instant start, Instant end) {
        List<BookingView> own =
                around.stream().filter(b -> b.memberId().equals(memberId)).toList();
        long minutes = 0;
        Instant edge = start;
        boolean found = true;
        while (found) {
            found = false;
            for (BookingView b : own) {
                if (b.end().equals(edge)) {
                    minutes += Duration.between(b.start(), b.end()).toMinutes();
                    edge = b.start();
                    found = true;
                }
            }
        }
        edge = end;
        found = true;
        while (found) {
            found = false;
            for (BookingView b : own) {
                if (b.start().equals(edge)) {
                    minutes += Duration.between(b.start(), b.end()).toMinutes();
                    edge = b.end();
                    found = true;
                }
            }
        }
        return minutes;
    }
}
