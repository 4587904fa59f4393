package coop.relais.organisation;

import coop.relais.shared.DomainException;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening slot of a site on a weekday (a day may have several, e.g. morning and afternoon). */
public record OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {

    public OpeningHours {
        if (day == null || opensAt == null || closesAt == null) {
            throw DomainException.invalid("organisation.hours.incomplete");
        }
        if (!opensAt.isBefore(closesAt)) {
            throw DomainException.invalid("organisation.hours.order");
        }
    }

    /** Whether the two slots share some time (slots that only touch do not). */
    public boolean overlaps(OpeningHours other) {
        return day == other.day && opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }
}
