package coop.relais.orders;

import coop.relais.shared.Money;
import coop.relais.shared.VatRate;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One priced line of an order, frozen when the order was placed (or its quote accepted). Amounts
 * include VAT at {@code vatRate} percent; {@code memberAmount + employerAmount + siteOwnerAmount =
 * amount}.
 *
 * @param employerId the member's employer paying {@code employerAmount}, or null
 * @param siteOwnerId the client organisation paying {@code siteOwnerAmount}, or null
 */
public record OrderLine(
        int position,
        String description,
        int quantity,
        Money unitPrice,
        Money amount,
        BigDecimal vatRate,
        Money memberAmount,
        Money employerAmount,
        UUID employerId,
        Money siteOwnerAmount,
        UUID siteOwnerId) {

    public OrderLine {
        VatRate.of(vatRate);
        if (!memberAmount.plus(employerAmount).plus(siteOwnerAmount).equals(amount)) {
            throw new IllegalArgumentException("The payer split must add up to the amount");
        }
    }
}
