package coop.relais.community;

import coop.relais.community.internal.EventRepository;
import coop.relais.community.internal.RegistrationRepository;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people are told of events: the e-mails (with the calendar entry), the notices, and the reminder the day
 * before an event.
 */
@Service
public class EventNotices {

    private final EventRepository repository;
    private final RegistrationRepository registrations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EventNotices(
            EventRepository repository,
            RegistrationRepository registrations,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.registrations = registrations;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Reminds everyone with a seat the day before an event, once each (a conditional update, so that two nodes
     * never send it twice); a seat taken less than a day ahead needs no reminder. Returns how many were sent.
     */
    public int remind() {
        Integer sent = transactions.execute(tx -> {
            Instant now = clock.instant();
            int count = 0;
            for (RegistrationRepository.Due due : registrations.dueReminders(now, now.plus(Duration.ofDays(1)))) {
                if (registrations.reminded(due.registrationId(), now)) {
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
                Events.CATEGORY,
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

    void notice(UUID accountId, String key, String messageKey, String title, UUID eventId) {
        events.publishEvent(new NoticeRequested(
                key, accountId, messageKey, new Object[] {title}, "/community/events/" + eventId, Events.CATEGORY));
    }
}
