package coop.relais.notification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats instants for the notification pages, in the reader's language and in French time (every
 * site of the operator is in France), e.g. "12 mai 2026, 14:05".
 */
public final class DisplayTimes {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final DisplayTimes INSTANCE = new DisplayTimes();

    private DisplayTimes() {}

    public String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE).format(instant);
    }
}
