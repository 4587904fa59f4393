package coop.relais.organisation.web;

import coop.relais.organisation.internal.Site;
import coop.relais.organisation.web.ValidValue.Type;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a site manager edits: the desk's phone, e-mail and opening hours. */
record DeskForm(
        @Size(max = 30, message = "{organisation.field.max30}") @ValidValue(Type.PHONE)
        String phone,

        @Size(max = 254, message = "{organisation.field.max254}") @ValidValue(Type.EMAIL)
        String email,

        List<DayHours> days) {

    DeskForm {
        days = DayHours.week(days);
    }

    static DeskForm of(Site site) {
        return new DeskForm(site.phone(), site.email(), DayHours.of(site.openingHours()));
    }
}
