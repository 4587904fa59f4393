package coop.relais.organisation.internal;

import coop.relais.organisation.ProviderOrganisationChanged;
import coop.relais.shared.DomainException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A partner provider: identity, social-economy flags, contact and the sites it serves. */
public final class ProviderOrganisation {

    private final UUID id;
    private final Instant createdAt;
    private ProviderDetails details;
    private final Set<UUID> siteIds;
    private boolean active;

    ProviderOrganisation(UUID id, ProviderDetails details, Set<UUID> siteIds, boolean active, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.siteIds = new LinkedHashSet<>(siteIds);
        this.active = active;
        this.createdAt = createdAt;
    }

    public static ProviderOrganisation register(UUID id, ProviderDetails details, Set<UUID> siteIds, Instant at) {
        return new ProviderOrganisation(id, details, siteIds, true, at);
    }

    public void change(ProviderDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public void serveOnly(Set<UUID> sites) {
        siteIds.clear();
        siteIds.addAll(sites);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("organisation.provider.alreadyInactive", details.name());
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new DomainException("organisation.provider.alreadyActive", details.name());
        }
        active = true;
    }

    ProviderOrganisationChanged changed(Instant at) {
        return new ProviderOrganisationChanged(
                id, details.name(), details.kind(), details.insertionStructure(), details.esus(), active, siteIds, at);
    }

    public UUID id() {
        return id;
    }

    public ProviderDetails details() {
        return details;
    }

    public Set<UUID> siteIds() {
        return Set.copyOf(siteIds);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
