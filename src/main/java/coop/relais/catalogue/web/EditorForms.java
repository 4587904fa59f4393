package coop.relais.catalogue.web;

import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.catalogue.internal.SiteService;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The catalogue editor's forms, as typed: numbers and ids are read by {@link FormReader}. */
final class EditorForms {

    private EditorForms() {}

    record CategoryForm(String name) {

        static CategoryForm empty() {
            return new CategoryForm("");
        }
    }

    /** @param personalService the code of a personal-service activity, or blank for none */
    record ServiceForm(
            String name,
            String description,
            String categoryId,
            Boolean forOrganisations,
            String personalService,
            Boolean active) {

        static ServiceForm empty(String categoryId) {
            return new ServiceForm("", "", categoryId, false, "", true);
        }

        /** The service as typed, ids and choices read (unreadable ones become field errors). */
        SiteService.Draft draft(BindingResult result) {
            FormReader reader = new FormReader(result);
            return new SiteService.Draft(
                    name,
                    description,
                    reader.id("categoryId", categoryId).orElse(null),
                    Boolean.TRUE.equals(forOrganisations),
                    reader.choice("personalService", personalService, PersonalServiceActivity.class)
                            .orElse(null),
                    Boolean.TRUE.equals(active));
        }
    }

    record OfferForm(
            String serviceId,
            String providerId,
            String priceModel,
            String unit,

            @Size(max = 30, message = "{catalogue.form.number}")
            String price,

            String vatRate,

            @Size(max = 10, message = "{catalogue.form.integer}")
            String leadTimeDays,

            List<String> daysOffered,
            String payer,

            @Size(max = 30, message = "{catalogue.form.percent}")
            String employerPercent,

            @Size(max = 30, message = "{catalogue.form.number}")
            String employerMonthlyCap,

            @Size(max = 30, message = "{catalogue.form.percent}")
            String siteOwnerPercent,

            String siteOwnerOrganisationId,
            Boolean active) {

        static OfferForm empty(String serviceId) {
            return new OfferForm(
                    serviceId,
                    "",
                    "PER_UNIT",
                    "ITEM",
                    "",
                    "20",
                    "2",
                    List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                    "MEMBER",
                    "",
                    "",
                    "100",
                    "",
                    true);
        }

        boolean hasDay(String day) {
            return daysOffered != null && daysOffered.contains(day);
        }
    }
}
