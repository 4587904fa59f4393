package coop.relais.exchange;

import java.util.UUID;

/**
 * A site's SEL and its rules.
 *
 * @param unitsPerHour how many units make an hour (60: one unit per minute)
 * @param floor how far below zero a member's balance may go, in units
 * @param ceiling how far above zero a member's balance may go, in units
 * @param requestDays how many days a payment request waits for the payer before it expires
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
        int requestDays) {}
