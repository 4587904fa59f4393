package coop.relais.organisation.web;

import java.util.List;

/** The time zones offered in the site form: metropolitan France and the overseas territories. */
final class TimeZones {

    static final List<String> CHOICES = List.of(
            "Europe/Paris",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "America/Miquelon",
            "Indian/Reunion",
            "Indian/Mayotte",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "Pacific/Wallis",
            "Europe/Brussels",
            "Europe/Luxembourg",
            "Europe/Zurich",
            "Europe/Monaco");

    private TimeZones() {}
}
