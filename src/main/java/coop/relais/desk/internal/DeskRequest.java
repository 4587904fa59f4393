package coop.relais.desk.internal;

import coop.relais.desk.RequestStatus;
import coop.relais.desk.RequestView;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.VatRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An à-la-carte request of a client organisation: {@code SUBMITTED → DONE | CANCELLED}. Its price is
 * fixed when it is filed, from the catalogue offer, so the organisation is billed what it saw.
 */
public class DeskRequest {

    public static final int NOTE_MAX = 1000;

    final UUID id;
    final String reference;
    final UUID siteId;
    final UUID organisationId;
    final UUID offerId;
    final String serviceName;
    final int quantity;
    final Money unitPrice;
    final BigDecimal vatRate;
    final String beneficiary;
    final String location;
    final String itemNumber;
    final String details;
    final Instant createdAt;
    final UUID createdBy;
    final String createdByName;
    final int version;
    RequestStatus status;
    Instant completedAt;
    UUID completedBy;
    String completedByName;
    String completionNote;
    Instant cancelledAt;

    DeskRequest(
            UUID id,
            String reference,
            UUID siteId,
            UUID organisationId,
            UUID offerId,
            String serviceName,
            int quantity,
            Money unitPrice,
            BigDecimal vatRate,
            String beneficiary,
            String location,
            String itemNumber,
            String details,
            Instant createdAt,
            UUID createdBy,
            String createdByName,
            int version,
            RequestStatus status,
            Instant completedAt,
            UUID completedBy,
            String completedByName,
            String completionNote,
            Instant cancelledAt) {
        this.id = id;
        this.reference = reference;
        this.siteId = siteId;
        this.organisationId = organisationId;
        this.offerId = offerId;
        this.serviceName = serviceName;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.beneficiary = beneficiary;
        this.location = location;
        this.itemNumber = itemNumber;
        this.details = details;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.version = version;
        this.status = status;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
        this.completedByName = completedByName;
        this.completionNote = completionNote;
        this.cancelledAt = cancelledAt;
    }

    public static DeskRequest file(
            String reference,
            UUID siteId,
            UUID organisationId,
            UUID offerId,
            String serviceName,
            int quantity,
            Money unitPrice,
            BigDecimal vatRate,
            String beneficiary,
            String location,
            String itemNumber,
            String details,
            Instant at,
            UUID by,
            String byName) {
        VatRate.of(vatRate);
        return new DeskRequest(
                UUID.randomUUID(),
                reference,
                siteId,
                organisationId,
                offerId,
                serviceName,
                quantity,
                unitPrice,
                vatRate,
                beneficiary,
                location,
                itemNumber,
                details,
                at,
                by,
                byName,
                0,
                RequestStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null);
    }

    /** The desk did it; the note says what was done (e.g. "badge 4521 activated"). */
    public void complete(String note, Instant at, UUID by, String byName) {
        if (status != RequestStatus.SUBMITTED) {
            throw new DomainException("desk.request.illegal." + status);
        }
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("desk.request.note.required");
        }
        if (note.strip().length() > NOTE_MAX) {
            throw DomainException.invalid("desk.request.note.tooLong", NOTE_MAX);
        }
        status = RequestStatus.DONE;
        completionNote = note.strip();
        completedAt = at;
        completedBy = by;
        completedByName = byName;
    }

    /** The organisation no longer needs it (only before the desk did it). */
    public void cancel(Instant at) {
        if (status != RequestStatus.SUBMITTED) {
            throw new DomainException("desk.request.illegal." + status);
        }
        status = RequestStatus.CANCELLED;
        cancelledAt = at;
    }

    public RequestView toView(String siteName, String organisationName) {
        return new RequestView(
                id,
                reference,
                siteId,
                siteName,
                organisationId,
                organisationName,
                offerId,
                serviceName,
                quantity,
                unitPrice,
                amount(),
                vatRate,
                beneficiary,
                location,
                itemNumber,
                details,
                status,
                createdAt,
                createdByName,
                completedAt,
                completedByName,
                completionNote,
                cancelledAt);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    public UUID id() {
        return id;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID offerId() {
        return offerId;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public String reference() {
        return reference;
    }

    public int quantity() {
        return quantity;
    }

    public String serviceName() {
        return serviceName;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completionNote() {
        return completionNote;
    }

    public String beneficiary() {
        return beneficiary;
    }
}
