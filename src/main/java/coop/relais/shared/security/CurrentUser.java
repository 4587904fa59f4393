package coop.relais.shared.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The person behind the current request, with every role they hold and its scope. Controllers take
 * it as a method parameter; facades use it to scope every read and write.
 */
public record CurrentUser(UUID accountId, String email, String displayName, String language, List<RoleGrant> grants)
        implements java.io.Serializable {

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "fr" : language);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAt(Role role, UUID siteId) {
        return grants.stream().anyMatch(g -> g.role() == role && siteId != null && siteId.equals(g.siteId()));
    }

    /** Staff of the site: a concierge or a site manager there, or an admin. */
    public boolean worksAt(UUID siteId) {
        return isAdmin() || hasAt(Role.CONCIERGE, siteId) || hasAt(Role.SITE_MANAGER, siteId);
    }

    /** Manages the site: its site manager, or an admin. */
    public boolean manages(UUID siteId) {
        return isAdmin() || hasAt(Role.SITE_MANAGER, siteId);
    }

    /** May see the site at all: staff, or a member of it. */
    public boolean belongsTo(UUID siteId) {
        return worksAt(siteId) || hasAt(Role.MEMBER, siteId);
    }

    /** Holds the role for the given organisation (provider staff, client admin, employee). */
    public boolean actsFor(Role role, UUID organisationId) {
        return grants.stream()
                .anyMatch(g -> g.role() == role && organisationId != null && organisationId.equals(g.organisationId()));
    }

    /** Sites where this person holds one of the given roles (in grant order, no duplicates). */
    public Set<UUID> sitesWhere(Role... roles) {
        Set<UUID> sites = new LinkedHashSet<>();
        for (RoleGrant grant : grants) {
            for (Role role : roles) {
                if (grant.role() == role && grant.siteId() != null) {
                    sites.add(grant.siteId());
                }
            }
        }
        return sites;
    }

    /** Sites where this person is staff (concierge or site manager). Admins: see {@link #isAdmin()}. */
    public Set<UUID> staffSites() {
        return sitesWhere(Role.CONCIERGE, Role.SITE_MANAGER);
    }

    /** Every site this person belongs to, in any site-scoped role. */
    public Set<UUID> allSites() {
        return sitesWhere(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER);
    }

    /** Organisations for which this person holds the role. */
    public Set<UUID> organisationsWhere(Role role) {
        Set<UUID> organisations = new LinkedHashSet<>();
        for (RoleGrant grant : grants) {
            if (grant.role() == role && grant.organisationId() != null) {
                organisations.add(grant.organisationId());
            }
        }
        return organisations;
    }
}
