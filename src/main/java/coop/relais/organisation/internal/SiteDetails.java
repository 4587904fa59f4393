package coop.relais.organisation.internal;

import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.WeeklyOpeningHours;
import java.util.Objects;

/** What an admin sets on a site. */
public record SiteDetails(
        String name,
        SiteKind kind,
        Address address,
        String phone,
        String email,
        SiteTimeZone timeZone,
        WeeklyOpeningHours openingHours) {

    public SiteDetails {
        name = Texts.required(name, Texts.NAME);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        phone = Texts.phone(phone);
        email = Texts.email(email);
        timeZone = timeZone == null ? SiteTimeZone.PARIS : timeZone;
        openingHours = openingHours == null ? WeeklyOpeningHours.CLOSED : openingHours;
    }
}
