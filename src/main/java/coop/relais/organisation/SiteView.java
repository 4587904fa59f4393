package coop.relais.organisation;

import java.time.ZoneId;
import java.util.UUID;

/** A site as other modules see it. */
public record SiteView(
        UUID id,
        String name,
        SiteKind kind,
        String street,
        String postalCode,
        String city,
        ZoneId timeZone,
        String phone,
        String email,
        boolean active) {}
