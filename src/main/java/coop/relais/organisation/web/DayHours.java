package coop.relais.organisation.web;

import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.shared.DomainException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The opening hours of one weekday in a form: up to two slots, each an opening and a closing time. */
record DayHours(String opens1, String closes1, String opens2, String closes2) {

    static final DayHours CLOSED = new DayHours("", "", "", "");

    /** Seven rows, Monday first. */
    static List<DayHours> of(WeeklyOpeningHours hours) {
        List<DayHours> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours> slots = hours.on(day);
            days.add(new DayHours(
                    slots.size() > 0 ? slots.get(0).opensAt().toString() : "",
                    slots.size() > 0 ? slots.get(0).closesAt().toString() : "",
                    slots.size() > 1 ? slots.get(1).opensAt().toString() : "",
                    slots.size() > 1 ? slots.get(1).closesAt().toString() : ""));
        }
        return days;
    }

    static List<DayHours> week(List<DayHours> days) {
        List<DayHours> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayHours day = days != null && i < days.size() ? days.get(i) : null;
            week.add(day == null ? CLOSED : day);
        }
        return week;
    }

    /** The week's hours, or null after recording the refusals as errors on the day's fields. */
    static WeeklyOpeningHours toHours(List<DayHours> days, BindingResult result, String property) {
        List<DayHours> week = week(days);
        List<OpeningHours> slots = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = DayOfWeek.of(i + 1);
            String prefix = property + "[" + i + "].";
            DayHours row = week.get(i);
            List<OpeningHours> ofDay = new ArrayList<>();
            valid &= slot(day, row.opens1(), row.closes1(), prefix + "opens1", result, ofDay);
            valid &= slot(day, row.opens2(), row.closes2(), prefix + "opens2", result, ofDay);
            if (ofDay.size() == 2 && ofDay.get(0).overlaps(ofDay.get(1))) {
                result.rejectValue(prefix + "opens2", "organisation.hours.overlap", null, "overlap");
                valid = false;
            }
            slots.addAll(ofDay);
        }
        if (!valid) {
            return null;
        }
        try {
            return new WeeklyOpeningHours(slots);
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return null;
        }
    }

    private static boolean slot(
            DayOfWeek day, String opens, String closes, String field, BindingResult result, List<OpeningHours> into) {
        boolean hasOpens = opens != null && !opens.isBlank();
        boolean hasCloses = closes != null && !closes.isBlank();
        if (!hasOpens && !hasCloses) {
            return true;
        }
        if (!hasOpens || !hasCloses) {
            result.rejectValue(field, "organisation.hours.incomplete", null, "incomplete");
            return false;
        }
        try {
            into.add(new OpeningHours(day, time(opens), time(closes)));
            return true;
        } catch (DomainException e) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
            return false;
        }
    }

    private static LocalTime time(String value) {
        try {
            return coop.relais.shared.text.DateInput.time(value)
                    .orElseThrow(() -> DomainException.invalid("organisation.hours.format"));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("organisation.hours.format");
        }
    }
}
