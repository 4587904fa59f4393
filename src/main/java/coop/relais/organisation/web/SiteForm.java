package coop.relais.organisation.web;

import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.internal.Site;
import coop.relais.organisation.internal.SiteDetails;
import coop.relais.organisation.web.ValidValue.Type;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The admin's site form. */
record SiteForm(
        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String name,

        @NotBlank(message = "{organisation.field.required}") String kind,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 300, message = "{organisation.field.max300}")
        String street,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.POSTAL_CODE)
        String postalCode,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 120, message = "{organisation.field.max120}")
        String city,

        @ValidValue(Type.PHONE) String phone,
        @ValidValue(Type.EMAIL) String email,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.TIME_ZONE)
        String timeZone,

        @Valid List<DayHours> days) {

    SiteForm {
        days = DayHours.week(days);
    }

    static SiteForm blank() {
        return new SiteForm(null, "", "", "", "", "", "", SiteTimeZone.PARIS.value(), null);
    }

    static SiteForm of(Site site) {
        return new SiteForm(
                site.name(),
                site.kind().name(),
                site.address().street(),
                site.address().postalCode().value(),
                site.address().city(),
                site.phone(),
                site.email(),
                site.timeZone().value(),
                DayHours.of(site.openingHours()));
    }

    /** The details, or null once the refusals are recorded in the binding result. */
    SiteDetails toDetails(BindingResult result) {
        SiteKind siteKind = Forms.enumValue(SiteKind.class, kind, result, "kind");
        var hours = DayHours.toHours(days, result, "days");
        if (result.hasErrors()) {
            return null;
        }
        return Forms.field(
                result,
                null,
                () -> new SiteDetails(
                        name,
                        siteKind,
                        Forms.address(street, postalCode, city),
                        phone,
                        email,
                        new SiteTimeZone(timeZone),
                        hours));
    }
}
