package coop.relais.organisation;

import java.time.Instant;
import java.util.UUID;

/** A new conciergerie was opened in Relais. */
public record SiteCreated(UUID siteId, String name, SiteKind kind, String timeZone, Instant at) {}
