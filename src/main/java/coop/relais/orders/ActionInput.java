package coop.relais.orders;

import coop.relais.shared.Money;
import java.util.UUID;

/**
 * What an action may come with: a provider to dispatch to, a reason (decline, incident, cancel) or
 * note (quote), an amount (quote), a pickup code or an ID check with the collector's name (deliver).
 */
public record ActionInput(
        UUID providerId, String reason, Money amount, String pickupCode, boolean idChecked, String collectorName) {

    public static final ActionInput NONE = new ActionInput(null, null, null, null, false, null);
}
