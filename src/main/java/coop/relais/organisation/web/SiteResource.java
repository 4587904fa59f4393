package coop.relais.organisation.web;

import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A site in the API; {@code openingHours} only in the detail of one site. */
@Schema(name = "Site")
record SiteResource(
        UUID id,
        String name,
        SiteKind kind,
        String street,
        String postalCode,
        String city,
        String timeZone,
        String phone,
        String email,
        boolean active,
        List<Slot> openingHours) {

    @Schema(name = "OpeningSlotView")
    record Slot(String day, String opensAt, String closesAt) {}

    static SiteResource of(SiteView site, List<OpeningHours> hours) {
        return new SiteResource(
                site.id(),
                site.name(),
                site.kind(),
                site.street(),
                site.postalCode(),
                site.city(),
                site.timeZone().getId(),
                site.phone(),
                site.email(),
                site.active(),
                hours == null
                        ? null
                        : hours.stream()
                                .map(h -> new Slot(
                                        h.day().name(),
                                        h.opensAt().toString(),
                                        h.closesAt().toString()))
                                .toList());
    }
}
