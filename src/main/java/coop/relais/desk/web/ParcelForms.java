package coop.relais.desk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The web forms of the parcel pages. Everything typed is a string, parsed strictly by the controller. */
final class ParcelForms {

    private ParcelForms() {}

    static final String[] CARRIERS = {
        "La Poste",
        "Colissimo",
        "Chronopost",
        "DHL",
        "UPS",
        "FedEx",
        "GLS",
        "DPD",
        "Mondial Relay",
        "Relais Colis",
        "Amazon",
        "Coursier",
        "Autre"
    };

    record ParcelForm(
            String recipientId,

            @Size(max = 80, message = "{desk.validation.tooLong}")
            String trackingNumber,

            @NotBlank(message = "{desk.validation.carrier}") @Size(max = 60, message = "{desk.validation.tooLong}")
            String carrier,

            String size,

            @NotBlank(message = "{desk.validation.shelf}") @Size(max = 30, message = "{desk.validation.tooLong}")
            String shelf,

            Boolean confirmDuplicate) {}

    record CodeForm(
            @NotBlank(message = "{desk.validation.code}") @Size(max = 12, message = "{desk.validation.code}")
            String code,

            @Size(max = 120, message = "{desk.validation.tooLong}")
            String collectorName) {}

    record IdForm(
            @NotBlank(message = "{desk.validation.collector}") @Size(max = 120, message = "{desk.validation.tooLong}")
            String collectorName,

            Boolean idChecked) {}

    record ReturnForm(
            @Size(max = 500, message = "{desk.validation.tooLong}")
            String note) {}

    record ProxyForm(
            @NotBlank(message = "{desk.validation.proxyName}") @Size(max = 120, message = "{desk.validation.tooLong}")
            String name,

            @Size(max = 120, message = "{desk.validation.tooLong}")
            String relation) {}

    record SettingsForm(String reminderAfterDays, String returnAfterDays) {}
}
