package coop.relais.desk;

import coop.relais.shared.DomainException;
import java.util.Objects;
import java.util.UUID;

/**
 * An à-la-carte request as a client organisation files it.
 *
 * @param beneficiary for whom (e.g. the tenant), required
 * @param location where (e.g. the flat or office), optional
 * @param itemNumber the number of the thing concerned (e.g. the badge number), optional
 * @param details anything else the desk should know, optional
 */
public record FileRequest(
        UUID organisationId,
        UUID offerId,
        int quantity,
        String beneficiary,
        String location,
        String itemNumber,
        String details) {

    public static final int MAX_QUANTITY = 100;

    public FileRequest {
        Objects.requireNonNull(organisationId, "organisationId");
        if (offerId == null) {
            throw DomainException.invalid("desk.request.offer.unavailable");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.invalid("desk.request.quantity.invalid", MAX_QUANTITY);
        }
        beneficiary = clean(beneficiary);
        location = clean(location);
        itemNumber = clean(itemNumber);
        details = clean(details);
        if (beneficiary == null) {
            throw DomainException.invalid("desk.request.beneficiary.required");
        }
        if (beneficiary.length() > 120
                || (location != null && location.length() > 120)
                || (itemNumber != null && itemNumber.length() > 60)
                || (details != null && details.length() > 1000)) {
            throw DomainException.invalid("desk.request.tooLong");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
