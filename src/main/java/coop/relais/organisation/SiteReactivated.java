package coop.relais.organisation;

import java.time.Instant;
import java.util.UUID;

/** A closed site was opened again. */
public record SiteReactivated(UUID siteId, String name, Instant at) {}
