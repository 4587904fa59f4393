package coop.relais.orders.web;

import coop.relais.orders.ActionInput;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the action buttons of the order page, the desk board and the provider portal send. {@code
 * from} says where to come back to: {@code board}, {@code job} or the order page.
 */
record ActionForm(
        UUID providerId,
        String reason,
        BigDecimal amount,
        String pickupCode,
        Boolean idChecked,
        String collectorName,
        String from) {

    ActionInput input() {
        return new ActionInput(
                providerId,
                reason,
                amount == null ? null : Money.of(amount),
                pickupCode,
                Boolean.TRUE.equals(idChecked),
                collectorName);
    }
}
