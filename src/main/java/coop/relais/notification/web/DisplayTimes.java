package coop.relais.notification.web;

import coop.relais.shared.text.SpokenDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats instants for the notification pages, in the reader's language and time zone (notices and
 * e-mails belong to no site: the zone of the reader's first site), as people say them: "mardi 12 mai
 * à 14 h 05".
 */
public final class DisplayTimes {

    private final ZoneId zone;

    private DisplayTimes(ZoneId zone) {
        this.zone = zone;
    }

    static DisplayTimes in(ZoneId zone) {
        return new DisplayTimes(zone);
    }

    public String format(Instant instant, Locale locale) {
        return SpokenDates.of(locale, LocalDate.now(zone)).at(instant, zone);
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }
}
