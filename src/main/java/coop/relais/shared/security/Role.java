package coop.relais.shared.security;

/** The roles of PRODUCT §1. Each grant of a role is scoped to a site or an organisation. */
public enum Role {
    MEMBER,
    CONCIERGE,
    SITE_MANAGER,
    PROVIDER,
    CLIENT_ADMIN,
    INSERTION_COACH,
    /** Coordinates the SEL of a site: its members, their limits, adjustments and disputes. */
    SEL_COORDINATOR,
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_CONCIERGE}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
