package coop.relais.desk;

import coop.relais.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A site's parcel rules: a reminder after {@code reminderAfterDays} days on the shelf, flagged for
 * return after {@code returnAfterDays} days. A day is 24 hours from the parcel's arrival.
 */
public record ParcelSettings(UUID siteId, int reminderAfterDays, int returnAfterDays) {

    public static final int DEFAULT_REMINDER_DAYS = 3;
    public static final int DEFAULT_RETURN_DAYS = 10;
    public static final int MAX_DAYS = 90;

    public ParcelSettings {
        if (reminderAfterDays < 1 || returnAfterDays <= reminderAfterDays || returnAfterDays > MAX_DAYS) {
            throw DomainException.invalid("desk.settings.invalid", MAX_DAYS);
        }
    }

    public static ParcelSettings defaults(UUID siteId) {
        return new ParcelSettings(siteId, DEFAULT_REMINDER_DAYS, DEFAULT_RETURN_DAYS);
    }

    /** When a parcel received at {@code receivedAt} should be reminded to its recipient. */
    public Instant reminderAt(Instant receivedAt) {
        return receivedAt.plus(Duration.ofDays(reminderAfterDays));
    }

    /** When a parcel received at {@code receivedAt} should be flagged for return. */
    public Instant returnAt(Instant receivedAt) {
        return receivedAt.plus(Duration.ofDays(returnAfterDays));
    }
}
