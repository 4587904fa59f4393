package coop.relais.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is free and what is taken of a resource between two instants: busy intervals are its confirmed
 * bookings; free intervals are the opening hours left, each [start, end).
 */
public record Availability(UUID resourceId, Instant from, Instant to, List<Interval> free, List<Interval> busy) {

    public record Interval(Instant start, Instant end) {}

    public Availability {
        free = List.copyOf(free);
        busy = List.copyOf(busy);
    }
}
