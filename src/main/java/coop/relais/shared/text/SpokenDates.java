package coop.relais.shared.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as people say them (DESIGN.md rule 5): "jeudi 3 décembre", "le 1er décembre",
 * "jeudi 3 décembre à 14 h 30", the year only when it is not this year's; in English "Thursday 3
 * December at 14:30". An instant is always shown in a zone: the site's, or the reader's for what
 * belongs to no site. Pages reach it through the {@code @when} bean.
 */
public final class SpokenDates {

    private final Locale locale;
    private final LocalDate today;

    private SpokenDates(Locale locale, LocalDate today) {
        this.locale = locale;
        this.today = today;
    }

    /** Spoken in {@code locale}, the year left out for dates in the same year as {@code today}. */
    public static SpokenDates of(Locale locale, LocalDate today) {
        return new SpokenDates(locale == null ? Locale.FRENCH : locale, today);
    }

    private boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    /** "jeudi 3 décembre", "mardi 1er décembre", "vendredi 8 janvier 2027". */
    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        return weekday + " " + dayOfMonth(date);
    }

    /** "3 décembre", "1er décembre", "8 janvier 2027": with "le" before it in a sentence. */
    public String dayOfMonth(LocalDate date) {
        if (date == null) {
            return "";
        }
        String number = french() && date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        String month = date.getMonth().getDisplayName(TextStyle.FULL, locale);
        String year = date.getYear() == today.getYear() ? "" : " " + date.getYear();
        return number + " " + month + year;
    }

    /** "14 h 30", "9 h"; in English "14:30". */
    public String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (!french()) {
            return DateTimeFormatter.ofPattern("H:mm").format(time);
        }
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    /** "jeudi 3 décembre à 14 h 30", in the given zone. */
    public String at(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return day(local.toLocalDate()) + (french() ? " à " : " at ") + time(local.toLocalTime());
    }

    /** The time alone of an instant, in the given zone: "14 h 30". */
    public String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : time(instant.atZone(zone).toLocalTime());
    }

    /** The day alone of an instant, in the given zone: "jeudi 3 décembre". */
    public String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
    }

    /** "décembre 2026". */
    public String month(YearMonth month) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }
}
