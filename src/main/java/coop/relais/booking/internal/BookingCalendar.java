package coop.relais.booking.internal;

import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Bookings as iCalendar (RFC 5545): one event per booking, in its site's time zone (with that zone's
 * definition), its uid stable across updates so that a calendar replaces an event rather than adding
 * one. Cancelled bookings and no-shows are sent as cancelled events so calendars remove them.
 */
public final class BookingCalendar {

    static final String PRODUCT = "-//Relais//Reservations//FR";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private BookingCalendar() {}

    /**
     * @param title what each event is called: the resource and, in a person's own calendar, nothing else;
     *     in a resource's calendar, "Réservé" with no name (the people of a site see a room is taken, not
     *     by whom)
     */
    public static String of(List<BookingView> bookings, Titles title, Instant now) {
        Calendar calendar = new Calendar();
        // Published, by e-mail as in a feed: Relais asks no reply of the calendar.
        calendar.withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH);
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (BookingView booking : bookings) {
            zones.add(booking.timeZone());
        }
        for (ZoneId zone : zones) {
            calendar.withComponent(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (BookingView booking : bookings) {
            calendar.withComponent(event(booking, title, now));
        }
        return calendar.toString();
    }

    /** What an event is called and says. */
    public interface Titles {
        String summary(BookingView booking);

        String description(BookingView booking);
    }

    private static VEvent event(BookingView booking, Titles title, Instant now) {
        VEvent event = new VEvent(
                booking.start().atZone(booking.timeZone()),
                booking.end().atZone(booking.timeZone()),
                title.summary(booking));
        event.add(new Uid(booking.id() + "@relais"));
        event.add(new DtStamp(now));
        event.add(new Sequence(booking.status() == BookingStatus.CONFIRMED ? 0 : 1));
        event.add(
                booking.status() == BookingStatus.CONFIRMED
                        ? ImmutableStatus.VEVENT_CONFIRMED
                        : ImmutableStatus.VEVENT_CANCELLED);
        String description = title.description(booking);
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        return event;
    }
}
