package coop.relais.desk;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of work done at the desk, by whom: a parcel put on the shelf or handed over, the desk opened or closed,
 * an à-la-carte request done. For modules that follow what people do at the desk (work integration counts it as
 * evidence of skills). One event per piece of work: {@code sourceId} with {@code kind} names it.
 *
 * @param sourceId the parcel, the journal entry or the request
 * @param actorId the person who did it
 */
public record DeskWorkDone(Kind kind, UUID sourceId, UUID siteId, UUID actorId, Instant at) {

    /** What was done. */
    public enum Kind {
        PARCEL_REGISTERED,
        PARCEL_HANDED_OVER,
        DESK_OPENED,
        DESK_CLOSED,
        REQUEST_COMPLETED
    }

    public DeskWorkDone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
