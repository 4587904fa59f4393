package coop.relais.desk;

import java.time.YearMonth;
import java.util.UUID;

/** A company's counters read on a copier for a month, as the desk types them in. */
public record RecordReading(
        UUID organisationId, YearMonth period, long blackStart, long blackEnd, long colourStart, long colourEnd) {}
