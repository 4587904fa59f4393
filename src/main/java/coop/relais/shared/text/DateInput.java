package coop.relais.shared.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times typed by people, the French way whatever their browser's language (DESIGN.md rule
 * 5): a browser's own date and time fields follow its language ("12/02/2026", "08:00 AM" in an English
 * browser), so Relais asks for text and reads it here. Dates as "02/12/2026" (or "2/12/2026", with
 * dashes or dots; the ISO form of links is read too), times as "8:30", "08:30", "8h30" or "8 h".
 */
public final class DateInput {

    /** How a date is written in a field, and the hint shown under it. */
    public static final String DATE_PATTERN = "dd/MM/yyyy";

    /** How a time is written in a field. */
    public static final String TIME_PATTERN = "HH:mm";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(TIME_PATTERN);
    private static final Pattern FRENCH_DATE =
            Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH_TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:h.]\\s*(\\d{2})?)?");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");

    private DateInput() {}

    /** The date typed, empty when blank; a date that does not exist is refused. */
    public static Optional<LocalDate> date(String typed) throws DateTimeParseException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (ISO_DATE.matcher(text).matches()) {
            return Optional.of(LocalDate.parse(text));
        }
        Matcher m = FRENCH_DATE.matcher(text);
        if (!m.matches()) {
            throw new DateTimeParseException("Not a date", text, 0);
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("No such date", text, 0, e);
        }
    }

    /** The time typed, empty when blank. */
    public static Optional<LocalTime> time(String typed) throws DateTimeParseException {
        String text = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (ISO_TIME.matcher(text).matches()) {
            return Optional.of(LocalTime.parse(text));
        }
        Matcher m = FRENCH_TIME.matcher(text);
        if (!m.matches()) {
            throw new DateTimeParseException("Not a time", text, 0);
        }
        try {
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), minutes));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("No such time", text, 0, e);
        }
    }

    /** A date as it is typed back into a field ("02/12/2026"); blank for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A time as it is typed back into a field ("08:30"); blank for none. */
    public static String format(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
