package coop.relais.catalogue.internal;

import coop.relais.catalogue.PayerRule;

/** Who pays an offer, as the site manager chooses it; becomes a {@link PayerRule}. */
public enum PayerChoice {
    /** The member pays everything. */
    MEMBER,
    /** The member's employer pays all (100 %) or a subsidy %, optionally up to a monthly cap per member. */
    EMPLOYER,
    /** A client organisation of the site (site owner or social landlord) pays a share, usually all. */
    SITE_OWNER,
    /** The employer and the site owner each pay a share; the member pays the rest. */
    SPLIT;

    /** The choice a stored rule stands for. */
    public static PayerChoice of(PayerRule rule) {
        boolean employer = rule.employerPercent().signum() > 0;
        boolean owner = rule.siteOwnerPercent().signum() > 0;
        if (employer && owner) {
            return SPLIT;
        }
        return employer ? EMPLOYER : owner ? SITE_OWNER : MEMBER;
    }
}
