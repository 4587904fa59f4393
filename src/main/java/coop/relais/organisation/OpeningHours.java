package coop.relais.organisation;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening slot of a site on a weekday (a day may have several, e.g. morning and afternoon). */
public record OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {

    public OpeningHours {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("A slot must open before it closes");
        }
    }
}
