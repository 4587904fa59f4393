package coop.relais.orders.internal;

import coop.relais.orders.OrderLine;
import coop.relais.shared.Money;
import java.math.BigDecimal;

/**
 * Prices a line and splits it between the site owner, the employer and the member. The site owner
 * takes its percentage; the employer its percentage, but never beyond what is left of its monthly
 * cap for this member; the member pays the rest, so the shares always add up to the amount.
 */
public final class PayerSplit {

    private PayerSplit() {}

    /**
     * @param employerUsedThisMonth what the employer already pays for this member's earlier orders of
     *     the same calendar month (site time zone), cancelled orders excluded
     */
    public static OrderLine line(
            int position,
            String description,
            int quantity,
            Money unitPrice,
            BigDecimal vatRate,
            PayerTerms terms,
            Money employerUsedThisMonth) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unitPrice");
        }
        Money amount = unitPrice.times(quantity);
        Money siteOwner = terms.siteOwnerId() == null ? Money.ZERO : amount.percent(terms.siteOwnerPercent());
        siteOwner = siteOwner.min(amount);
        Money employer = terms.employerId() == null ? Money.ZERO : amount.percent(terms.employerPercent());
        employer = employer.min(amount.minus(siteOwner));
        if (terms.employerId() != null && terms.employerMonthlyCap() != null) {
            Money left = terms.employerMonthlyCap().minus(employerUsedThisMonth);
            employer = employer.min(left.isNegative() ? Money.ZERO : left);
        }
        Money member = amount.minus(siteOwner).minus(employer);
        return new OrderLine(
                position,
                description,
                quantity,
                unitPrice,
                amount,
                vatRate,
                member,
                employer,
                employer.isZero() ? null : terms.employerId(),
                siteOwner,
                siteOwner.isZero() ? null : terms.siteOwnerId());
    }
}
