package coop.relais.desk;

import java.time.Instant;
import java.util.UUID;

/** Someone a member allows to collect their parcels on showing an ID. */
public record ProxyView(UUID id, String name, String relation, Instant createdAt) {}
