package coop.relais.community;

import coop.relais.community.internal.EventRepository;
import coop.relais.community.internal.EventRepository.Locked;
import coop.relais.community.internal.RegistrationRepository;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff's side of a site's events: creating them (a member's proposal waits for the staff where the site
 * allows members to propose), deciding on proposals, cancelling, and taking attendance at the door.
 */
@Service
public class EventDesk {

    /** The longest event: a week-end fair. */
    static final Duration LONGEST = Duration.ofDays(7);

    static final int MAX_CAPACITY = 5000;

    private final EventRepository repository;
    private final RegistrationRepository registrations;
    private final Events events;
    private final EventNotices notices;
    private final SiteDirectory sites;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EventDesk(
            EventRepository repository,
            RegistrationRepository registrations,
            Events events,
            EventNotices notices,
            SiteDirectory sites,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.registrations = registrations;
        this.events = events;
        this.notices = notices;
        this.sites = sites;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What is typed to create an event, in the site's local time. */
    public record NewEvent(
            String title,
            String description,
            String place,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            Integer capacity) {}

    /** Lets the site's members propose events (the staff approve each one), or not; for its site managers. */
    public void letMembersPropose(CurrentUser user, UUID siteId, boolean allowed) {
        if (siteId == null || !user.manages(siteId)) {
            throw new NotFoundException("site");
        }
        transactions.executeWithoutResult(tx -> repository.setMembersPropose(siteId, allowed));
    }

    /** Creates an event: published at once by the staff, proposed for approval by a member. */
    public EventView create(CurrentUser user, UUID siteId, NewEvent typed) {
        Events.member(user, siteId);
        if (!events.mayPropose(user, siteId)) {
            throw new NotFoundException("site");
        }
        ZoneId zone = sites.zoneOf(siteId);
        String title = TypedText.line(typed.title(), 120, "community.event.title");
        String description = TypedText.optionalText(typed.description(), 2000, "community.event.description");
        String place = TypedText.line(typed.place(), 200, "community.event.place");
        if (typed.day() == null) {
            throw DomainException.invalid("community.event.day");
        }
        if (typed.start() == null) {
            throw DomainException.invalid("community.event.start");
        }
        if (typed.end() == null) {
            throw DomainException.invalid("community.event.end");
        }
        Instant start = typed.day().atTime(typed.start()).atZone(zone).toInstant();
        // An end before the start is the next morning (an evening that runs past midnight).
        LocalDate endDay =
                typed.end().isAfter(typed.start()) ? typed.day() : typed.day().plusDays(1);
        Instant end = endDay.atTime(typed.end()).atZone(zone).toInstant();
        if (!start.isAfter(clock.instant())) {
            throw DomainException.invalid("community.event.past");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw DomainException.invalid("community.event.tooLong");
        }
        if (typed.capacity() == null || typed.capacity() < 1 || typed.capacity() > MAX_CAPACITY) {
            throw DomainException.invalid("community.event.capacity", MAX_CAPACITY);
        }
        EventStatus status = user.worksAt(siteId) ? EventStatus.PUBLISHED : EventStatus.PROPOSED;
        UUID id = transactions.execute(tx -> repository.insert(
                siteId,
                title,
                description,
                place,
                start,
                end,
                typed.capacity(),
                status,
                user.accountId(),
                clock.instant()));
        return repository.find(id).orElseThrow();
    }

    /** Publishes a member's proposal, or declines it; the proposer is told either way. */
    public EventView decide(CurrentUser user, UUID eventId, boolean approve) {
        return transactions.execute(tx -> {
            Locked event = events.locked(user, eventId);
            Events.staff(user, event.siteId());
            if (event.status() != EventStatus.PROPOSED) {
                throw new DomainException("community.event.notProposed");
            }
            repository.setStatus(eventId, approve ? EventStatus.PUBLISHED : EventStatus.DECLINED, null);
            notices.notice(
                    event.proposedBy(),
                    "event:" + eventId + ":decided",
                    approve ? "community.notice.approved" : "community.notice.declined",
                    event.title(),
                    eventId);
            return repository.find(eventId).orElseThrow();
        });
    }

    /** Cancels an event that has not started; everyone registered or waiting is told by e-mail. */
    public EventView cancel(CurrentUser user, UUID eventId) {
        return transactions.execute(tx -> {
            Locked event = events.locked(user, eventId);
            Events.staff(user, event.siteId());
            if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.DECLINED) {
                throw new DomainException("community.event.notHeld");
            }
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new DomainException("community.event.started");
            }
            repository.setStatus(eventId, EventStatus.CANCELLED, clock.instant());
            EventView view = repository.find(eventId).orElseThrow();
            for (Attendee attendee : registrations.attendees(eventId)) {
                if (attendee.status() != RegistrationStatus.CANCELLED) {
                    notices.mail(
                            attendee.accountId(),
                            view,
                            "cancelled",
                            "community.mail.cancelled.subject",
                            "event:" + eventId + ":cancelled:" + attendee.accountId());
                }
            }
            return view;
        });
    }

    /** Marks someone registered as present or absent, from an hour before the start to a week after the end. */
    public void attendance(CurrentUser user, UUID eventId, UUID registrationId, boolean present) {
        transactions.executeWithoutResult(tx -> {
            Locked event = events.locked(user, eventId);
            Events.staff(user, event.siteId());
            Instant now = clock.instant();
            if (now.isBefore(event.startsAt().minus(Duration.ofHours(1)))) {
                throw new DomainException("community.attendance.tooEarly");
            }
            if (now.isAfter(event.endsAt().plus(Duration.ofDays(7)))) {
                throw new DomainException("community.attendance.tooLate");
            }
            if (!registrations.markAttendance(eventId, registrationId, present)) {
                throw new NotFoundException("registration");
            }
        });
    }
}
