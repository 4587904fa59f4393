package coop.relais.shared.jdbc;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Days of the week stored in one {@code VARCHAR} column as ISO numbers, Monday first: {@code "1,2,3,4,5"}
 * (the days a catalogue offer is served, copied into each order placed).
 */
public final class DaysOfWeekColumn {

    private DaysOfWeekColumn() {}

    public static String write(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> read(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(Integer::parseInt)
                    .map(DayOfWeek::of)
                    .forEach(days::add);
        }
        return days;
    }
}
