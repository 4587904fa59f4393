package coop.relais.booking.internal;

import coop.relais.booking.BookingView;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.SpokenDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a booking, each with its event as an {@code .ics} attachment: the confirmation adds it
 * to the person's calendar, the cancellation removes it (same uid, status cancelled). Queued in the
 * booking's transaction; sent once each.
 */
@Component
public class BookingMail {

    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final MessageSource messages;
    private final Clock clock;

    BookingMail(ApplicationEventPublisher events, PublicLinks links, MessageSource messages, Clock clock) {
        this.events = events;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    public void confirmed(CurrentUser person, BookingView booking) {
        send(person, booking, "confirmed");
    }

    public void cancelled(CurrentUser person, BookingView booking) {
        send(person, booking, "cancelled");
    }

    /** One e-mail for a whole series, its occurrences in one .ics. */
    public void confirmedSeries(CurrentUser person, UUID seriesId, List<BookingView> occurrences) {
        send(person, occurrences, "confirmed", "booking-series:" + seriesId + ":confirmed");
    }

    private void send(CurrentUser person, BookingView booking, String what) {
        send(person, List.of(booking), what, "booking:" + booking.id() + ":" + what);
    }

    private void send(CurrentUser person, List<BookingView> occurrences, String what, String dedupKey) {
        BookingView booking = occurrences.get(0);
        if (person.email() == null || !person.accountId().equals(booking.memberId())) {
            return;
        }
        Locale locale = "en".equals(person.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        SpokenDates dates = SpokenDates.of(locale, LocalDate.now(clock.withZone(booking.timeZone())));
        String when = messages.getMessage(
                "booking.home.when",
                new Object[] {
                    dates.day(booking.start(), booking.timeZone()),
                    dates.time(booking.start(), booking.timeZone()),
                    dates.time(booking.end(), booking.timeZone())
                },
                locale);
        if (occurrences.size() > 1) {
            when = messages.getMessage("booking.mail.seriesWhen", new Object[] {when, occurrences.size()}, locale);
        }
        String ics = BookingCalendar.of(occurrences, titles(locale), clock.instant());
        events.publishEvent(new EmailRequested(
                dedupKey,
                person.accountId(),
                person.email(),
                person.language(),
                "booking/" + what,
                "booking.mail." + what + ".subject",
                new Object[] {booking.resourceName(), when},
                BookingNotifications.CATEGORY,
                Map.of(
                        "recipientName", person.displayName(),
                        "resourceName", booking.resourceName(),
                        "when", when,
                        "link", links.to("/bookings")),
                new EmailRequested.Attachment("reservation.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics)));
    }

    /** A person's own calendar: each event is the resource booked. */
    public BookingCalendar.Titles titles(Locale locale) {
        return new BookingCalendar.Titles() {
            @Override
            public String summary(BookingView booking) {
                return messages.getMessage("booking.ics.summary", new Object[] {booking.resourceName()}, locale);
            }

            @Override
            public String description(BookingView booking) {
                return links.to("/bookings");
            }
        };
    }
}
