package coop.relais.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A provider organisation was created or changed (name, flags, the sites it serves, deactivation):
 * its values after the change.
 */
public record ProviderOrganisationChanged(
        UUID providerId,
        String name,
        ProviderKind kind,
        boolean insertionStructure,
        boolean esus,
        boolean active,
        Set<UUID> siteIds,
        Instant at) {

    public ProviderOrganisationChanged {
        siteIds = Set.copyOf(siteIds);
    }
}
