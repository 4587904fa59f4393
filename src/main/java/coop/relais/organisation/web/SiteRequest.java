package coop.relais.organisation.web;

import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.organisation.internal.SiteDetails;
import coop.relais.organisation.web.ValidValue.Type;
import coop.relais.shared.DomainException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** A site as an admin creates or replaces it through the API. */
@Schema(name = "SiteRequest")
record SiteRequest(
        @NotBlank(message = "{organisation.field.required}") @Size(max = 200, message = "{organisation.field.max200}")
        String name,

        @NotNull(message = "{organisation.field.required}") SiteKind kind,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 300, message = "{organisation.field.max300}")
        String street,

        @NotBlank(message = "{organisation.field.required}") @ValidValue(Type.POSTAL_CODE)
        String postalCode,

        @NotBlank(message = "{organisation.field.required}") @Size(max = 120, message = "{organisation.field.max120}")
        String city,

        @Size(max = 30, message = "{organisation.field.max30}") @ValidValue(Type.PHONE)
        String phone,

        @Size(max = 254, message = "{organisation.field.max254}") @ValidValue(Type.EMAIL)
        String email,

        @Schema(example = "Europe/Paris", description = "Region time zone; Europe/Paris when absent")
        @ValidValue(Type.TIME_ZONE)
        String timeZone,

        @Valid @Size(max = 14, message = "{organisation.hours.tooMany}")
        List<@NotNull @Valid Slot> openingHours,

        @Schema(description = "false closes the site, true reopens it; absent keeps it as it is")
        Boolean active) {

    /** One opening slot, e.g. {@code {"day": "MONDAY", "opensAt": "08:30", "closesAt": "12:30"}}. */
    @Schema(name = "OpeningSlot")
    record Slot(
            @NotNull(message = "{organisation.field.required}")
            DayOfWeek day,

            @NotNull(message = "{organisation.field.required}")
            LocalTime opensAt,

            @NotNull(message = "{organisation.field.required}")
            LocalTime closesAt) {}

    SiteDetails toDetails() throws MethodArgumentNotValidException {
        List<OpeningHours> slots = new ArrayList<>();
        List<Slot> given = openingHours == null ? List.of() : openingHours;
        for (int i = 0; i < given.size(); i++) {
            Slot slot = given.get(i);
            try {
                slots.add(new OpeningHours(slot.day(), slot.opensAt(), slot.closesAt()));
            } catch (DomainException e) {
                throw ApiValidation.fieldError(this, "openingHours[" + i + "]", e);
            }
        }
        WeeklyOpeningHours hours;
        try {
            hours = new WeeklyOpeningHours(slots);
        } catch (DomainException e) {
            throw ApiValidation.fieldError(this, "openingHours", e);
        }
        try {
            return new SiteDetails(
                    name,
                    kind,
                    Forms.address(street, postalCode, city),
                    phone,
                    email,
                    timeZone == null || timeZone.isBlank() ? SiteTimeZone.PARIS : new SiteTimeZone(timeZone),
                    hours);
        } catch (DomainException e) {
            throw ApiValidation.fieldError(this, "site", e);
        }
    }
}
