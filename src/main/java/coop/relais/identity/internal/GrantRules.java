package coop.relais.identity.internal;

import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which scope each role needs, and who may give which role where:
 *
 * <ul>
 *   <li>member, concierge, site manager: a site (a member may also name their employer, a client
 *       organisation with a contract at that site); provider: a provider organisation; client admin:
 *       a client organisation; admin and insertion coach: nothing;
 *   <li>an admin gives any role anywhere; a site manager gives member or concierge at the sites they
 *       manage; a client admin makes members of their organisation at the sites where it has a
 *       contract. Nobody else gives roles.
 * </ul>
 */
public final class GrantRules {

    /** What the rules need to know of sites and organisations. */
    public interface Facts {

        boolean siteExists(UUID siteId);

        boolean isProvider(UUID organisationId);

        boolean isClient(UUID organisationId);

        boolean clientHasContractAt(UUID organisationId, UUID siteId);

        static Facts of(SiteDirectory sites) {
            return new Facts() {
                @Override
                public boolean siteExists(UUID siteId) {
                    return sites.find(siteId).isPresent();
                }

                @Override
                public boolean isProvider(UUID organisationId) {
                    return sites.findProvider(organisationId).isPresent();
                }

                @Override
                public boolean isClient(UUID organisationId) {
                    return sites.findClient(organisationId).isPresent();
                }

                @Override
                public boolean clientHasContractAt(UUID organisationId, UUID siteId) {
                    return sites.sitesOfClient(organisationId).contains(siteId);
                }
            };
        }
    }

    private static final Set<Role> SITE_ROLES =
            EnumSet.of(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER, Role.SEL_COORDINATOR);

    /** What a site manager gives (and takes back) at their sites. */
    private static final Set<Role> SITE_MANAGER_GIVES = EnumSet.of(Role.MEMBER, Role.CONCIERGE, Role.SEL_COORDINATOR);

    private GrantRules() {}

    /** The roles the person may give to others at all (empty: they may not invite anyone). */
    public static Set<Role> grantableBy(CurrentUser actor) {
        if (actor.isAdmin()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (actor.has(Role.SITE_MANAGER)) {
            roles.addAll(SITE_MANAGER_GIVES);
        }
        if (actor.has(Role.CLIENT_ADMIN)) {
            roles.add(Role.MEMBER);
        }
        return roles;
    }

    public static boolean isSiteRole(Role role) {
        return SITE_ROLES.contains(role);
    }

    /** Refuses a grant whose scope does not fit its role or names something that does not exist. */
    public static void checkShape(RoleGrant grant, Facts facts) {
        Role role = grant.role();
        UUID site = grant.siteId();
        UUID organisation = grant.organisationId();
        if (isSiteRole(role)) {
            if (site == null) {
                throw new FieldRefusal("siteId", "identity.grant.siteRequired");
            }
            if (!facts.siteExists(site)) {
                throw new FieldRefusal("siteId", "identity.grant.unknownSite");
            }
        } else if (site != null) {
            throw new FieldRefusal("siteId", "identity.grant.noSite");
        }
        switch (role) {
            case CONCIERGE, SITE_MANAGER, SEL_COORDINATOR, ADMIN, INSERTION_COACH -> {
                if (organisation != null) {
                    throw new FieldRefusal("organisationId", "identity.grant.noOrganisation");
                }
            }
            case PROVIDER -> {
                if (organisation == null) {
                    throw new FieldRefusal("organisationId", "identity.grant.organisationRequired");
                }
                if (!facts.isProvider(organisation)) {
                    throw new FieldRefusal("organisationId", "identity.grant.notProvider");
                }
            }
            case CLIENT_ADMIN -> {
                if (organisation == null) {
                    throw new FieldRefusal("organisationId", "identity.grant.organisationRequired");
                }
                if (!facts.isClient(organisation)) {
                    throw new FieldRefusal("organisationId", "identity.grant.notClient");
                }
            }
            case MEMBER -> {
                if (organisation != null) {
                    if (!facts.isClient(organisation)) {
                        throw new FieldRefusal("organisationId", "identity.grant.notClient");
                    }
                    if (!facts.clientHasContractAt(organisation, site)) {
                        throw new FieldRefusal("organisationId", "identity.grant.employerNotAtSite");
                    }
                }
            }
        }
    }

    /** Whether the person may give this (well-shaped) grant. */
    public static boolean mayGrant(CurrentUser actor, RoleGrant grant, Facts facts) {
        if (actor.isAdmin()) {
            return true;
        }
        Role role = grant.role();
        if (SITE_MANAGER_GIVES.contains(role)
                && grant.siteId() != null
                && actor.hasAt(Role.SITE_MANAGER, grant.siteId())) {
            return true;
        }
        return role == Role.MEMBER
                && grant.organisationId() != null
                && grant.siteId() != null
                && actor.actsFor(Role.CLIENT_ADMIN, grant.organisationId())
                && facts.clientHasContractAt(grant.organisationId(), grant.siteId());
    }

    /** Checks shape then permission: a well-shaped grant the person may not give is a 403. */
    public static void check(CurrentUser actor, RoleGrant grant, Facts facts) {
        if (grantableBy(actor).isEmpty()) {
            throw new AccessDeniedException("May not give roles");
        }
        checkShape(grant, facts);
        if (!mayGrant(actor, grant, facts)) {
            throw new AccessDeniedException("May not give " + grant.role() + " there");
        }
    }

    /** Whether the person may take this grant back: admins any, site managers what they give at their sites. */
    public static boolean mayRevoke(CurrentUser actor, RoleGrant grant) {
        if (actor.isAdmin()) {
            return true;
        }
        return SITE_MANAGER_GIVES.contains(grant.role())
                && grant.siteId() != null
                && actor.hasAt(Role.SITE_MANAGER, grant.siteId());
    }
}
