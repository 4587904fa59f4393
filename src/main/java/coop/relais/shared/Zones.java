package coop.relais.shared;

import java.time.ZoneId;

/**
 * Time zones. Times are shown in the zone of the site they belong to, and in the reader's zone (the
 * zone of their first site) for things that belong to no site. {@link #DEFAULT} is only the zone a new
 * site starts with and the fallback when nothing else is known.
 */
public final class Zones {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    private Zones() {}
}
