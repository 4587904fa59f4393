package coop.relais.organisation;

import java.util.UUID;

/** A client organisation as other modules see it. */
public record ClientOrganisationView(UUID id, String kind, String legalName, String siret, boolean active) {}
