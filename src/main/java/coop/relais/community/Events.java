package coop.relais.community;

import coop.relais.community.internal.EventRepository;
import coop.relais.community.internal.EventRepository.Locked;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NoticeRequested;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events of a site: the staff publish them (members propose them where the site allows, and the staff
 * approve); members register, and once the seats are taken they wait in the order they came, the first waiting
 * taking the seat someone gives up. The seats are counted under the event's row lock and the database refuses a
 * count above the capacity, so parallel registrations never overfill an event.
 */
@Service
public class Events {

    /** The longest event: a week-end fair. */
    static final Duration LONGEST = Duration.ofDays(7);

    static final int MAX_CAPACITY = 5000;

    /** E-mails and notices of events, which a member may turn off. */
    public static final String CATEGORY = "community";

    private final EventRepository repository;
    private final SiteDirectory sites;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Events(
            EventRepository repository,
            SiteDirectory sites,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.sites = sites;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
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

    /** A registration as it was answered: whether it was made now (201) or already there. */
    public record Answer(Registration registration, boolean created) {}

    // ================================================================ reading

    /** The events to come at a site: published ones, and for the staff (and their proposer) proposed ones. */
    public List<EventView> upcoming(CurrentUser user, UUID siteId) {
        member(user, siteId);
        return repository.upcoming(siteId, clock.instant(), user.worksAt(siteId) ? null : user.accountId());
    }

    /** Events that have ended, newest first, with their attendance: for the staff's reports. */
    public List<EventView> past(CurrentUser user, UUID siteId, int limit) {
        staff(user, siteId);
        return repository.past(siteId, clock.instant(), Math.max(1, Math.min(limit, 200)));
    }

    /** One event, for anyone of its site (a proposed one for the staff and its proposer only). */
    public EventView find(CurrentUser user, UUID eventId) {
        return repository
                .find(eventId)
                .filter(e -> user.belongsTo(e.siteId()))
                .filter(e -> e.status() != EventStatus.PROPOSED && e.status() != EventStatus.DECLINED
                        || user.worksAt(e.siteId())
                        || e.proposedBy().equals(user.accountId()))
                .orElseThrow(() -> new NotFoundException("event"));
    }

    /** The person's own registrations at these events, by event. */
    public Map<UUID, Registration> registrationsOf(CurrentUser user, List<UUID> eventIds) {
        return repository.registrationsOf(user.accountId(), eventIds);
    }

    /** Who is registered and waiting, in order: for the staff at the door. */
    public List<Attendee> attendees(CurrentUser user, UUID eventId) {
        EventView event = find(user, eventId);
        staff(user, event.siteId());
        return repository.attendees(eventId);
    }

    /** Whether the site lets its members propose events. */
    public boolean membersPropose(UUID siteId) {
        return repository.membersPropose(siteId);
    }

    /** Lets the site's members propose events (the staff approve each one), or not; for its site managers. */
    public void letMembersPropose(CurrentUser user, UUID siteId, boolean allowed) {
        if (siteId == null || !user.manages(siteId)) {
            throw new NotFoundException("site");
        }
        transactions.executeWithoutResult(tx -> repository.setMembersPropose(siteId, allowed));
    }

    /** Whether this person may create (staff) or propose (a member, where the site allows) an event here. */
    public boolean mayPropose(CurrentUser user, UUID siteId) {
        return user.worksAt(siteId) || (user.hasAt(Role.MEMBER, siteId) && repository.membersPropose(siteId));
    }

    // ================================================================ the staff

    /** Creates an event: published at once by the staff, proposed for approval by a member. */
    public EventView create(CurrentUser user, UUID siteId, NewEvent typed) {
        member(user, siteId);
        if (!mayPropose(user, siteId)) {
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
            Locked event = locked(user, eventId);
            staff(user, event.siteId());
            if (event.status() != EventStatus.PROPOSED) {
                throw new DomainException("community.event.notProposed");
            }
            repository.setStatus(eventId, approve ? EventStatus.PUBLISHED : EventStatus.DECLINED, null);
            notice(
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
            Locked event = locked(user, eventId);
            staff(user, event.siteId());
            if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.DECLINED) {
                throw new DomainException("community.event.notHeld");
            }
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new DomainException("community.event.started");
            }
            repository.setStatus(eventId, EventStatus.CANCELLED, clock.instant());
            EventView view = repository.find(eventId).orElseThrow();
            for (Attendee attendee : repository.attendees(eventId)) {
                if (attendee.status() != RegistrationStatus.CANCELLED) {
                    mail(
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
            Locked event = locked(user, eventId);
            staff(user, event.siteId());
            Instant now = clock.instant();
            if (now.isBefore(event.startsAt().minus(Duration.ofHours(1)))) {
                throw new DomainException("community.attendance.tooEarly");
            }
            if (now.isAfter(event.endsAt().plus(Duration.ofDays(7)))) {
                throw new DomainException("community.attendance.tooLate");
            }
            if (!repository.markAttendance(eventId, registrationId, present)) {
                throw new NotFoundException("registration");
            }
        });
    }

    // ================================================================ members

    /**
     * Registers the person: a seat while there is one, else the waitlist, in the order people came. Registering
     * again changes nothing and answers what they have.
     */
    public Answer register(CurrentUser user, UUID eventId, boolean volunteer) {
        return transactions.execute(tx -> {
            Locked event = locked(user, eventId);
            if (!user.hasAt(Role.MEMBER, event.siteId()) && !user.worksAt(event.siteId())) {
                throw new NotFoundException("event");
            }
            if (event.status() != EventStatus.PUBLISHED) {
                throw new DomainException("community.event.notOpen");
            }
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new DomainException("community.event.started");
            }
            Optional<EventRepository.Mine> existing = repository.mine(eventId, user.accountId());
            if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
                return new Answer(repository.registration(eventId, user.accountId()), false);
            }
            boolean seat = event.registered() < event.capacity();
            RegistrationStatus status = seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
            long seq = repository.take(eventId, seat);
            if (existing.isPresent()) {
                repository.reopen(existing.get().id(), status, seq, volunteer, clock.instant());
            } else {
                repository.insertRegistration(eventId, user.accountId(), status, seq, volunteer, clock.instant());
            }
            return new Answer(repository.registration(eventId, user.accountId()), true);
        });
    }

    /** Gives up the person's seat or place; the first one waiting takes a freed seat and is told. */
    public void unregister(CurrentUser user, UUID eventId) {
        transactions.executeWithoutResult(tx -> {
            Locked event = locked(user, eventId);
            EventRepository.Mine mine = repository
                    .mine(eventId, user.accountId())
                    .filter(m -> m.status() != RegistrationStatus.CANCELLED)
                    .orElseThrow(() -> new NotFoundException("registration"));
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new DomainException("community.event.started");
            }
            repository.cancelRegistration(mine.id());
            if (mine.status() == RegistrationStatus.REGISTERED) {
                repository.release(eventId);
                if (event.status() == EventStatus.PUBLISHED) {
                    repository.firstWaiting(eventId).ifPresent(next -> {
                        repository.promote(eventId, next.registrationId());
                        EventView view = repository.find(eventId).orElseThrow();
                        String key = "event:" + eventId + ":promoted:" + next.registrationId() + ":" + next.seq();
                        mail(next.accountId(), view, "promoted", "community.mail.promoted.subject", key);
                        notice(next.accountId(), key, "community.notice.promoted", view.title(), eventId);
                    });
                }
            }
        });
    }

    /**
     * Reminds everyone with a seat the day before an event, once each (a conditional update, so that two nodes
     * never send it twice); a seat taken less than a day ahead needs no reminder. Returns how many were sent.
     */
    public int remind() {
        Integer sent = transactions.execute(tx -> {
            Instant now = clock.instant();
            int count = 0;
            for (EventRepository.Due due : repository.dueReminders(now, now.plus(Duration.ofDays(1)))) {
                if (repository.reminded(due.registrationId(), now)) {
                    EventView event = repository.find(due.eventId()).orElseThrow();
                    mail(
                            due.accountId(),
                            event,
                            "reminder",
                            "community.mail.reminder.subject",
                            "event:" + due.eventId() + ":reminder:" + due.registrationId() + ":" + now.toEpochMilli());
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    // ================================================================ helpers

    private Locked locked(CurrentUser user, UUID eventId) {
        Locked event = repository.lock(eventId).orElseThrow(() -> new NotFoundException("event"));
        if (!user.belongsTo(event.siteId())) {
            throw new NotFoundException("event");
        }
        if ((event.status() == EventStatus.PROPOSED || event.status() == EventStatus.DECLINED)
                && !user.worksAt(event.siteId())
                && !event.proposedBy().equals(user.accountId())) {
            throw new NotFoundException("event");
        }
        return event;
    }

    /** Sends one of an event's e-mails, with its calendar entry. */
    void mail(UUID accountId, EventView event, String what, String subjectKey, String dedupKey) {
        Optional<AccountSummary> person = accounts.find(accountId);
        if (person.isEmpty()) {
            return;
        }
        AccountSummary to = person.get();
        java.util.Locale locale = "en".equals(to.language()) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
        events.publishEvent(new EmailRequested(
                dedupKey,
                to.id(),
                to.email(),
                to.language(),
                "community/" + what,
                subjectKey,
                new Object[] {event.title()},
                CATEGORY,
                Map.of(
                        "recipientName", to.displayName(),
                        "title", event.title(),
                        "place", event.place(),
                        "when", format.format(event.startsAt().atZone(event.zone())),
                        "link", links.to("/community/events/" + event.id())),
                "cancelled".equals(what)
                        ? null
                        : new EmailRequested.Attachment(
                                "evenement.ics",
                                "text/calendar; charset=UTF-8; method=PUBLISH",
                                EventCalendar.of(event, clock.instant()))));
    }

    private void notice(UUID accountId, String key, String messageKey, String title, UUID eventId) {
        events.publishEvent(new NoticeRequested(
                key, accountId, messageKey, new Object[] {title}, "/community/events/" + eventId, CATEGORY));
    }

    private static void member(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
