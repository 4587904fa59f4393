package coop.relais.organisation;

import java.util.UUID;

/** A partner provider as other modules see it. */
public record ProviderView(
        UUID id,
        String kind,
        String name,
        boolean insertionStructure,
        boolean esus,
        String contactEmail,
        String contactPhone,
        boolean active) {}
