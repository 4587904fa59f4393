package coop.relais.organisation;

import coop.relais.shared.DomainException;
import coop.relais.shared.Zones;
import java.time.ZoneId;

/** The time zone of a site: a region id such as {@code Europe/Paris} or {@code Indian/Reunion}. */
public record SiteTimeZone(String value) {

    public static final SiteTimeZone PARIS = new SiteTimeZone(Zones.DEFAULT.getId());

    public SiteTimeZone {
        value = value == null ? "" : value.trim();
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw DomainException.invalid("organisation.timeZone.invalid");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
