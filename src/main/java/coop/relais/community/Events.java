package coop.relais.community;

import coop.relais.community.internal.EventRepository;
import coop.relais.community.internal.EventRepository.Locked;
import coop.relais.community.internal.RegistrationRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events of a site as their people see them, and registering: once the seats are taken people wait in the
 * order they came, the first waiting taking the seat someone gives up ({@link EventDesk} is the staff's side). The seats are counted under the event's row lock and the database refuses a
 * count above the capacity, so parallel registrations never overfill an event.
 */
@Service
public class Events {

    /** The longest event: a week-end fair. */
    /** E-mails and notices of events, which a member may turn off. */
    public static final String CATEGORY = "community";

    private final EventRepository repository;
    private final RegistrationRepository registrations;
    private final EventNotices notices;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Events(
            EventRepository repository,
            RegistrationRepository registrations,
            EventNotices notices,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.registrations = registrations;
        this.notices = notices;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

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
        return registrations.registrationsOf(user.accountId(), eventIds);
    }

    /** Who is registered and waiting, in order: for the staff at the door. */
    public List<Attendee> attendees(CurrentUser user, UUID eventId) {
        EventView event = find(user, eventId);
        staff(user, event.siteId());
        return registrations.attendees(eventId);
    }

    /** Whether the site lets its members propose events. */
    public boolean membersPropose(UUID siteId) {
        return repository.membersPropose(siteId);
    }

    /** Whether this person may create (staff) or propose (a member, where the site allows) an event here. */
    public boolean mayPropose(CurrentUser user, UUID siteId) {
        return user.worksAt(siteId) || (user.hasAt(Role.MEMBER, siteId) && repository.membersPropose(siteId));
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
            Optional<RegistrationRepository.Mine> existing = registrations.mine(eventId, user.accountId());
            if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
                return new Answer(registrations.registration(eventId, user.accountId()), false);
            }
            boolean seat = event.registered() < event.capacity();
            RegistrationStatus status = seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
            long seq = repository.take(eventId, seat);
            if (existing.isPresent()) {
                registrations.reopen(existing.get().id(), status, seq, volunteer, clock.instant());
            } else {
                registrations.insertRegistration(eventId, user.accountId(), status, seq, volunteer, clock.instant());
            }
            return new Answer(registrations.registration(eventId, user.accountId()), true);
        });
    }

    /** Gives up the person's seat or place; the first one waiting takes a freed seat and is told. */
    public void unregister(CurrentUser user, UUID eventId) {
        transactions.executeWithoutResult(tx -> {
            Locked event = locked(user, eventId);
            RegistrationRepository.Mine mine = registrations
                    .mine(eventId, user.accountId())
                    .filter(m -> m.status() != RegistrationStatus.CANCELLED)
                    .orElseThrow(() -> new NotFoundException("registration"));
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new DomainException("community.event.started");
            }
            registrations.cancelRegistration(mine.id());
            if (mine.status() == RegistrationStatus.REGISTERED) {
                repository.release(eventId);
                if (event.status() == EventStatus.PUBLISHED) {
                    registrations.firstWaiting(eventId).ifPresent(next -> {
                        repository.promote(eventId, next.registrationId());
                        EventView view = repository.find(eventId).orElseThrow();
                        String key = "event:" + eventId + ":promoted:" + next.registrationId() + ":" + next.seq();
                        notices.mail(next.accountId(), view, "promoted", "community.mail.promoted.subject", key);
                        notices.notice(next.accountId(), key, "community.notice.promoted", view.title(), eventId);
                    });
                }
            }
        });
    }

    // ================================================================ helpers

    Locked locked(CurrentUser user, UUID eventId) {
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

    static void member(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
    }

    static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
