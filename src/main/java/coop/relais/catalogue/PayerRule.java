package coop.relais.catalogue;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Who pays an offer: the employer takes {@code employerPercent} (up to {@code employerMonthlyCap} per
 * member and month, if set), the site owner {@code siteOwnerPercent}, and the member the rest.
 *
 * @param siteOwnerOrganisationId the client organisation paying the site owner's share, when there is one
 */
public record PayerRule(
        BigDecimal employerPercent,
        Money employerMonthlyCap,
        BigDecimal siteOwnerPercent,
        UUID siteOwnerOrganisationId) {

    public static final PayerRule MEMBER_PAYS = new PayerRule(BigDecimal.ZERO, null, BigDecimal.ZERO, null);

    public PayerRule {
        employerPercent = employerPercent == null ? BigDecimal.ZERO : employerPercent;
        siteOwnerPercent = siteOwnerPercent == null ? BigDecimal.ZERO : siteOwnerPercent;
        if (employerPercent.signum() < 0
                || siteOwnerPercent.signum() < 0
                || employerPercent.add(siteOwnerPercent).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Payer shares must be between 0 and 100 % in all");
        }
        if (employerMonthlyCap != null && employerMonthlyCap.isNegative()) {
            throw new IllegalArgumentException("The employer's monthly cap cannot be negative");
        }
    }

    /** Whether the site owner pays it all: what a site orders for itself (a repair, an upkeep job). */
    public boolean paidBySiteOwnerAlone() {
        return siteOwnerPercent.signum() > 0 && memberPercent().signum() == 0 && employerPercent.signum() == 0;
    }

    /** The member's share in percent: what the employer and the site owner do not take. */
    public BigDecimal memberPercent() {
        return BigDecimal.valueOf(100).subtract(employerPercent).subtract(siteOwnerPercent);
    }
}
