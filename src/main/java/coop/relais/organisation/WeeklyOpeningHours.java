package coop.relais.organisation;

import coop.relais.shared.DomainException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The opening slots of a site over the week, in day and time order: at most {@value #MAX_SLOTS_A_DAY}
 * slots a day and no two slots of a day overlapping.
 */
public record WeeklyOpeningHours(List<OpeningHours> slots) {

    public static final int MAX_SLOTS_A_DAY = 2;

    public static final WeeklyOpeningHours CLOSED = new WeeklyOpeningHours(List.of());

    public WeeklyOpeningHours {
        List<OpeningHours> sorted = new ArrayList<>(slots == null ? List.of() : slots);
        sorted.sort(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opensAt));
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours> ofDay =
                    sorted.stream().filter(s -> s.day() == day).toList();
            if (ofDay.size() > MAX_SLOTS_A_DAY) {
                throw DomainException.invalid("organisation.hours.tooMany", MAX_SLOTS_A_DAY);
            }
            for (int i = 1; i < ofDay.size(); i++) {
                if (ofDay.get(i - 1).overlaps(ofDay.get(i))) {
                    throw DomainException.invalid("organisation.hours.overlap");
                }
            }
        }
        slots = List.copyOf(sorted);
    }

    public List<OpeningHours> on(DayOfWeek day) {
        return slots.stream().filter(s -> s.day() == day).toList();
    }

    public boolean isClosedAllWeek() {
        return slots.isEmpty();
    }
}
