package coop.relais.community;

import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * An event as iCalendar (RFC 5545), in its site's time zone; its uid stays the same so that a calendar replaces
 * the entry, and a cancelled event is sent cancelled so that calendars remove it.
 */
public final class EventCalendar {

    static final String PRODUCT = "-//Relais//Evenements//FR";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private EventCalendar() {}

    public static String of(EventView event, Instant now) {
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH);
        calendar.withComponent(ZONES.getTimeZone(event.zone().getId()).getVTimeZone());
        VEvent entry =
                new VEvent(event.startsAt().atZone(event.zone()), event.endsAt().atZone(event.zone()), event.title());
        entry.add(new Uid(event.id() + "@relais"));
        entry.add(new DtStamp(now));
        entry.add(new Location(event.place()));
        boolean held = event.status() == EventStatus.PUBLISHED;
        entry.add(new Sequence(held ? 0 : 1));
        entry.add(held ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
        if (event.description() != null && !event.description().isBlank()) {
            entry.add(new Description(event.description()));
        }
        calendar.withComponent(entry);
        return calendar.toString();
    }
}
