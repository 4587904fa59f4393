package coop.relais.desk.web;

import coop.relais.desk.CopierReadingView;
import coop.relais.desk.DeskDayView;
import coop.relais.desk.JournalEntryKind;
import coop.relais.desk.JournalEntryView;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.RequestStatus;
import coop.relais.desk.RequestView;
import coop.relais.shared.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** JSON bodies of the desk's API; amounts are plain decimal numbers of euros. */
final class ApiModels {

    private ApiModels() {}

    static BigDecimal euros(Money money) {
        return money == null ? null : money.amount();
    }

    // Parcels

    record RegisterParcelBody(
            @NotNull UUID siteId,
            @NotNull UUID recipientId,
            @NotBlank @Size(max = 60) String carrier,
            @Size(max = 80) String trackingNumber,
            @NotNull ParcelSize size,
            @NotBlank @Size(max = 30) String shelf,
            Boolean confirmDuplicate) {}

    record CollectBody(
            @Size(max = 12) String pickupCode,
            Boolean idChecked,
            @Size(max = 120) String collectorName) {}

    record ReturnBody(@Size(max = 500) String note) {}

    // Requests

    record FileRequestBody(
            @NotNull UUID organisationId,
            @NotNull UUID offerId,
            @Min(1) @Max(100) Integer quantity,
            @NotBlank @Size(max = 120) String beneficiary,
            @Size(max = 120) String location,
            @Size(max = 60) String itemNumber,
            @Size(max = 1000) String details) {}

    record CompleteBody(@NotBlank @Size(max = 1000) String note) {}

    record RequestJson(
            UUID id,
            String reference,
            UUID siteId,
            String siteName,
            UUID organisationId,
            String organisationName,
            UUID offerId,
            String serviceName,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            BigDecimal vatRate,
            String beneficiary,
            String location,
            String itemNumber,
            String details,
            RequestStatus status,
            Instant createdAt,
            String createdByName,
            Instant completedAt,
            String completedByName,
            String completionNote,
            Instant cancelledAt) {

        static RequestJson of(RequestView r) {
            return new RequestJson(
                    r.id(),
                    r.reference(),
                    r.siteId(),
                    r.siteName(),
                    r.organisationId(),
                    r.organisationName(),
                    r.offerId(),
                    r.serviceName(),
                    r.quantity(),
                    euros(r.unitPrice()),
                    euros(r.amount()),
                    r.vatRate(),
                    r.beneficiary(),
                    r.location(),
                    r.itemNumber(),
                    r.details(),
                    r.status(),
                    r.createdAt(),
                    r.createdByName(),
                    r.completedAt(),
                    r.completedByName(),
                    r.completionNote(),
                    r.cancelledAt());
        }
    }

    record OfferJson(
            UUID offerId,
            UUID siteId,
            String siteName,
            String serviceName,
            String description,
            BigDecimal price,
            BigDecimal vatRate) {}

    // Copiers

    record NewCopierBody(
            @NotNull UUID siteId,
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String location,

            @NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 4)
            BigDecimal blackPagePrice,

            @NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 4)
            BigDecimal colourPagePrice,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal vatRate) {}

    record ReadingBody(
            @NotNull UUID organisationId,
            @NotNull YearMonth period,
            @NotNull @Min(0) Long blackStart,
            @NotNull @Min(0) Long blackEnd,
            @NotNull @Min(0) Long colourStart,
            @NotNull @Min(0) Long colourEnd) {}

    record ReadingJson(
            UUID id,
            UUID copierId,
            UUID siteId,
            UUID organisationId,
            String organisationName,
            YearMonth period,
            long blackStart,
            long blackEnd,
            long colourStart,
            long colourEnd,
            long blackPages,
            long colourPages,
            BigDecimal blackAmount,
            BigDecimal colourAmount,
            BigDecimal amount,
            BigDecimal vatRate,
            Instant recordedAt,
            String recordedByName) {

        static ReadingJson of(CopierReadingView r) {
            return new ReadingJson(
                    r.id(),
                    r.copierId(),
                    r.siteId(),
                    r.organisationId(),
                    r.organisationName(),
                    r.period(),
                    r.blackStart(),
                    r.blackEnd(),
                    r.colourStart(),
                    r.colourEnd(),
                    r.blackPages(),
                    r.colourPages(),
                    euros(r.blackAmount()),
                    euros(r.colourAmount()),
                    euros(r.amount()),
                    r.vatRate(),
                    r.recordedAt(),
                    r.recordedByName());
        }
    }

    // Journal

    record JournalBody(
            @NotNull UUID siteId,
            @NotNull JournalEntryKind kind,

            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            BigDecimal amount,

            @Size(max = 2000) String text,
            UUID correctsId,
            @Size(max = 500) String correctionReason) {}

    record EntryJson(
            UUID id,
            UUID siteId,
            LocalDate businessDate,
            JournalEntryKind kind,
            Instant recordedAt,
            String authorName,
            BigDecimal amount,
            String text,
            UUID correctsId,
            String correctionReason,
            UUID correctedById,
            BigDecimal expected,
            BigDecimal difference) {

        static EntryJson of(JournalEntryView e) {
            return new EntryJson(
                    e.id(),
                    e.siteId(),
                    e.businessDate(),
                    e.kind(),
                    e.recordedAt(),
                    e.authorName(),
                    euros(e.amount()),
                    e.text(),
                    e.correctsId(),
                    e.correctionReason(),
                    e.correctedById(),
                    euros(e.expected()),
                    euros(e.difference()));
        }
    }

    record DayJson(
            UUID siteId,
            LocalDate date,
            boolean open,
            BigDecimal currentFloat,
            BigDecimal cashTaken,
            List<EntryJson> entries) {

        static DayJson of(DeskDayView day) {
            return new DayJson(
                    day.siteId(),
                    day.date(),
                    day.open(),
                    euros(day.currentFloat()),
                    euros(day.cashTaken()),
                    day.entries().stream().map(EntryJson::of).toList());
        }
    }
}
