package coop.relais.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A desk was closed for the day (its closing written in the journal): billing seals the payments taken
 * at that desk since its previous closing.
 *
 * @param closingEntryId the journal's closing entry
 * @param closedAt when the closing was written
 */
public record DeskClosed(UUID siteId, UUID closingEntryId, LocalDate businessDate, Instant closedAt) {

    public DeskClosed {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(closingEntryId, "closingEntryId");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
