package coop.relais.notification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats instants for the notification pages, in the reader's language and time zone (notices and
 * e-mails belong to no site: the zone of the reader's first site), e.g. "12 mai 2026, 14:05".
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
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }
}
