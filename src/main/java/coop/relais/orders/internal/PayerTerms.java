package coop.relais.orders.internal;

import coop.relais.catalogue.PayerRule;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * The offer's rule of who pays, frozen on the order for this member: the employer's share applies
 * only when the member has an employer, the site owner's only when the offer names one.
 *
 * @param employerId the member's employer at the site, or null (then the employer pays nothing)
 * @param employerMonthlyCap what the employer pays at most per member and calendar month, or null
 */
public record PayerTerms(
        UUID employerId,
        BigDecimal employerPercent,
        Money employerMonthlyCap,
        UUID siteOwnerId,
        BigDecimal siteOwnerPercent) {

    public PayerTerms {
        Objects.requireNonNull(employerPercent, "employerPercent");
        Objects.requireNonNull(siteOwnerPercent, "siteOwnerPercent");
    }

    public static PayerTerms of(PayerRule rule, UUID employerId) {
        return new PayerTerms(
                employerId,
                rule.employerPercent(),
                rule.employerMonthlyCap(),
                rule.siteOwnerOrganisationId(),
                rule.siteOwnerPercent());
    }

    /** The employer pays something and has a monthly cap to respect. */
    public boolean capped() {
        return employerId != null && employerPercent.signum() > 0 && employerMonthlyCap != null;
    }
}
