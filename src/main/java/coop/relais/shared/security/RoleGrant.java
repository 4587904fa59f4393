package coop.relais.shared.security;

import java.util.Objects;
import java.util.UUID;

/**
 * One role held by a person, with its scope: a site (member, concierge, site manager), an
 * organisation (provider, client admin; for a member, their employer), or nothing (admin, coach).
 */
public record RoleGrant(Role role, UUID siteId, UUID organisationId) implements java.io.Serializable {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
    }

    public static RoleGrant admin() {
        return new RoleGrant(Role.ADMIN, null, null);
    }

    public static RoleGrant atSite(Role role, UUID siteId) {
        return new RoleGrant(role, Objects.requireNonNull(siteId, "siteId"), null);
    }

    public static RoleGrant forOrganisation(Role role, UUID organisationId) {
        return new RoleGrant(role, null, Objects.requireNonNull(organisationId, "organisationId"));
    }
}
