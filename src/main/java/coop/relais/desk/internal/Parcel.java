package coop.relais.desk.internal;

import coop.relais.desk.CollectionMethod;
import coop.relais.desk.ParcelSettings;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelStatus;
import coop.relais.shared.DomainException;
import coop.relais.shared.PickupCodePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * A parcel or letter on the desk's shelf: {@code RECEIVED → NOTIFIED → COLLECTED | RETURNED}. It
 * guards its own rules: the one-time pickup code (locked after the pickup-code policy's number of
 * wrong tries: the code is then forgotten and only an ID check works), who may collect it, and when it is reminded or flagged for return.
 */
public class Parcel {

    private final UUID id;
    private final UUID siteId;
    private final UUID recipientId;
    private final String recipientName;
    private final String carrier;
    private final String trackingNumber;
    private final ParcelSize size;
    private final String shelf;
    private final LocalDate receivedOn;
    private final Instant receivedAt;
    private final UUID receivedBy;
    private final int version;
    private ParcelStatus status;
    private String pickupCode;
    private int codeAttempts;
    private Instant notifiedAt;
    private Instant remindedAt;
    private Instant returnFlaggedAt;
    private Instant collectedAt;
    private CollectionMethod collectionMethod;
    private String collectorName;
    private UUID handedOverBy;
    private Instant returnedAt;
    private String returnNote;
    private UUID returnedBy;

    Parcel(
            UUID id,
            UUID siteId,
            UUID recipientId,
            String recipientName,
            String carrier,
            String trackingNumber,
            ParcelSize size,
            String shelf,
            LocalDate receivedOn,
            Instant receivedAt,
            UUID receivedBy,
            int version,
            ParcelStatus status,
            String pickupCode,
            int codeAttempts,
            Instant notifiedAt,
            Instant remindedAt,
            Instant returnFlaggedAt,
            Instant collectedAt,
            CollectionMethod collectionMethod,
            String collectorName,
            UUID handedOverBy,
            Instant returnedAt,
            String returnNote,
            UUID returnedBy) {
        this.id = id;
        this.siteId = siteId;
        this.recipientId = recipientId;
        this.recipientName = recipientName;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.size = size;
        this.shelf = shelf;
        this.receivedOn = receivedOn;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.version = version;
        this.status = status;
        this.pickupCode = pickupCode;
        this.codeAttempts = codeAttempts;
        this.notifiedAt = notifiedAt;
        this.remindedAt = remindedAt;
        this.returnFlaggedAt = returnFlaggedAt;
        this.collectedAt = collectedAt;
        this.collectionMethod = collectionMethod;
        this.collectorName = collectorName;
        this.handedOverBy = handedOverBy;
        this.returnedAt = returnedAt;
        this.returnNote = returnNote;
        this.returnedBy = returnedBy;
    }

    /** A parcel just put on the shelf, with its pickup code. */
    public static Parcel receive(
            UUID siteId,
            UUID recipientId,
            String recipientName,
            String carrier,
            String trackingNumber,
            ParcelSize size,
            String shelf,
            String pickupCode,
            Instant at,
            LocalDate on,
            UUID by) {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(size, "size");
        if (carrier == null || carrier.isBlank() || shelf == null || shelf.isBlank()) {
            throw DomainException.invalid("desk.parcel.incomplete");
        }
        if (pickupCode == null || !pickupCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("A pickup code is six digits");
        }
        return new Parcel(
                UUID.randomUUID(),
                siteId,
                recipientId,
                recipientName,
                carrier.strip(),
                trackingNumber == null || trackingNumber.isBlank() ? null : trackingNumber.strip(),
                size,
                shelf.strip(),
                on,
                at,
                by,
                0,
                ParcelStatus.RECEIVED,
                pickupCode,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The recipient was told (e-mail and notice) that the parcel waits for them. */
    public void markNotified(Instant at) {
        if (status != ParcelStatus.RECEIVED) {
            throw new DomainException("desk.parcel.illegal." + status);
        }
        status = ParcelStatus.NOTIFIED;
        notifiedAt = at;
    }

    /**
     * Hands the parcel over to whoever gives its pickup code. A wrong code counts as a try: the caller
     * must save the parcel even when this throws {@link WrongPickupCode}.
     *
     * @param collector who took it; blank means the recipient
     */
    public void collectWithCode(String code, String collector, Instant at, UUID by, PickupCodePolicy codes) {
        requireWaiting();
        if (codeLocked()) {
            throw new DomainException("desk.parcel.code.locked");
        }
        if (!codes.matches(code, pickupCode)) {
            codeAttempts++;
            if (codes.locks(codeAttempts)) {
                pickupCode = null;
            }
            throw new WrongPickupCode(codes.triesLeft(codeAttempts));
        }
        String name = collector == null || collector.isBlank() ? recipientName : collector.strip();
        collect(CollectionMethod.CODE, name, at, by);
    }

    /**
     * Hands the parcel over on an ID check: the collector must be the recipient or one of the
     * proxies the recipient allowed.
     */
    public void collectWithId(String collector, Collection<String> allowedProxies, Instant at, UUID by) {
        requireWaiting();
        if (collector == null || collector.isBlank()) {
            throw DomainException.invalid("desk.parcel.collector.required");
        }
        String wanted = Names.key(collector);
        boolean allowed = Names.key(recipientName).equals(wanted)
                || allowedProxies.stream().map(Names::key).anyMatch(wanted::equals);
        if (!allowed) {
            throw DomainException.invalid("desk.parcel.collector.notAllowed", collector.strip(), recipientName);
        }
        collect(CollectionMethod.ID_CHECK, collector.strip(), at, by);
    }

    private void collect(CollectionMethod method, String name, Instant at, UUID by) {
        status = ParcelStatus.COLLECTED;
        collectionMethod = method;
        collectorName = name;
        collectedAt = at;
        handedOverBy = by;
        pickupCode = null;
    }

    /** Sent back to the carrier or the sender (waited too long, refused, wrong address). */
    public void markReturned(String note, Instant at, UUID by) {
        requireWaiting();
        status = ParcelStatus.RETURNED;
        returnedAt = at;
        returnNote = note == null || note.isBlank() ? null : note.strip();
        returnedBy = by;
        pickupCode = null;
    }

    /** Whether a reminder should go out now: waited long enough, not reminded, not yet due for return. */
    public boolean reminderDue(Instant now, ParcelSettings settings) {
        return status.isWaiting()
                && remindedAt == null
                && returnFlaggedAt == null
                && !now.isBefore(settings.reminderAt(receivedAt))
                && now.isBefore(settings.returnAt(receivedAt));
    }

    /** Whether the parcel should be flagged for return now: waited too long and not flagged yet. */
    public boolean returnDue(Instant now, ParcelSettings settings) {
        return status.isWaiting() && returnFlaggedAt == null && !now.isBefore(settings.returnAt(receivedAt));
    }

    public void markReminded(Instant at) {
        requireWaiting();
        if (remindedAt != null) {
            throw new DomainException("desk.parcel.alreadyReminded");
        }
        remindedAt = at;
    }

    public void flagForReturn(Instant at) {
        requireWaiting();
        if (returnFlaggedAt == null) {
            returnFlaggedAt = at;
        }
    }

    public boolean codeLocked() {
        return status.isWaiting() && pickupCode == null;
    }

    private void requireWaiting() {
        if (!status.isWaiting()) {
            throw new DomainException("desk.parcel.illegal." + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String recipientName() {
        return recipientName;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public ParcelSize size() {
        return size;
    }

    public String shelf() {
        return shelf;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID receivedBy() {
        return receivedBy;
    }

    int version() {
        return version;
    }

    public ParcelStatus status() {
        return status;
    }

    public String pickupCode() {
        return pickupCode;
    }

    public int codeAttempts() {
        return codeAttempts;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant returnFlaggedAt() {
        return returnFlaggedAt;
    }

    public Instant collectedAt() {
        return collectedAt;
    }

    public CollectionMethod collectionMethod() {
        return collectionMethod;
    }

    public String collectorName() {
        return collectorName;
    }

    public UUID handedOverBy() {
        return handedOverBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnNote() {
        return returnNote;
    }

    public UUID returnedBy() {
        return returnedBy;
    }
}
