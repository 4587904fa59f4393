package coop.relais.desk;

import coop.relais.shared.DomainException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What the desk types in when a parcel arrives.
 *
 * @param trackingNumber optional (letters have none); kept in upper case without surrounding spaces
 * @param confirmDuplicate the desk saw the warning that this tracking number already arrived today
 *     and registers it anyway
 */
public record RegisterParcel(
        UUID siteId,
        UUID recipientId,
        String carrier,
        String trackingNumber,
        ParcelSize size,
        String shelf,
        boolean confirmDuplicate) {

    public static final int CARRIER_MAX = 60;
    public static final int TRACKING_MAX = 80;
    public static final int SHELF_MAX = 30;

    public RegisterParcel {
        Objects.requireNonNull(siteId, "siteId");
        if (recipientId == null) {
            throw DomainException.invalid("desk.parcel.recipient.unknown");
        }
        if (size == null || carrier == null || carrier.isBlank() || shelf == null || shelf.isBlank()) {
            throw DomainException.invalid("desk.parcel.incomplete");
        }
        carrier = carrier.strip();
        shelf = shelf.strip();
        trackingNumber = trackingNumber == null || trackingNumber.isBlank()
                ? null
                : trackingNumber.strip().toUpperCase(Locale.ROOT);
        if (carrier.length() > CARRIER_MAX || shelf.length() > SHELF_MAX) {
            throw DomainException.invalid("desk.parcel.tooLong");
        }
        if (trackingNumber != null
                && (trackingNumber.length() > TRACKING_MAX || !trackingNumber.matches("[\\p{L}\\p{N} ./_-]+"))) {
            throw DomainException.invalid("desk.parcel.tracking.invalid");
        }
    }
}
