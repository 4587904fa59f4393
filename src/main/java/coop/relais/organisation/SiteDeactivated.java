package coop.relais.organisation;

import java.time.Instant;
import java.util.UUID;

/** A site was closed: it takes no more orders, bookings or members. */
public record SiteDeactivated(UUID siteId, String name, Instant at) {}
