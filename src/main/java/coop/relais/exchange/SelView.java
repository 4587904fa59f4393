package coop.relais.exchange;

import java.util.UUID;

/**
 * A site's SEL and its rules.
 *
 * @param unitsPerHour how many units make an hour (60: one unit per minute)
 * @param floor how far below zero a member's balance may go, in units
 * @param ceiling how far above zero a member's balance may go, in units
 * @param requestDays how many days a payment request waits for the payer before it expires
 * @param participation what members see of each other (the ledger stays whole whatever it is)
 * @param autoAccept a request the payer leaves alone is paid at its term instead of expiring
 */
public record SelView(
        UUID id,
        UUID siteId,
        String name,
        String unitName,
        int unitsPerHour,
        int floor,
        int ceiling,
        String charter,
        int requestDays,
        Participation participation,
        boolean autoAccept) {

    /** What members see of each other in the list of members. */
    public enum Participation {
        /** Each member's balance. */
        BALANCES,
        /** The time each member gave and received. */
        HOURS,
        /** Only how many exchanges each member took part in. */
        COUNTS
    }

    public SelView {
        participation = participation == null ? Participation.BALANCES : participation;
    }

    /** A SEL where members see each other's balances and requests expire at their term. */
    public SelView(
            UUID id,
            UUID siteId,
            String name,
            String unitName,
            int unitsPerHour,
            int floor,
            int ceiling,
            String charter,
            int requestDays) {
        this(id, siteId, name, unitName, unitsPerHour, floor, ceiling, charter, requestDays, null, false);
    }
}
