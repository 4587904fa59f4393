package coop.relais.desk;

import coop.relais.shared.DomainException;
import coop.relais.shared.VatRate;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A shared photocopier a site manager adds, with its prices per page. */
public record NewCopier(
        UUID siteId,
        String name,
        String location,
        BigDecimal blackPagePrice,
        BigDecimal colourPagePrice,
        BigDecimal vatRate) {

    private static final BigDecimal MAX_PAGE_PRICE = BigDecimal.TEN;

    public NewCopier {
        Objects.requireNonNull(siteId, "siteId");
        name = name == null ? "" : name.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        if (name.isEmpty() || name.length() > 120 || (location != null && location.length() > 120)) {
            throw DomainException.invalid("desk.copier.name.invalid");
        }
        if (!pagePrice(blackPagePrice) || !pagePrice(colourPagePrice)) {
            throw DomainException.invalid("desk.copier.price.invalid");
        }
        if (!VatRate.allowed(vatRate)) {
            throw DomainException.invalid("desk.copier.vat.invalid");
        }
    }

    private static boolean pagePrice(BigDecimal price) {
        return price != null
                && price.signum() >= 0
                && price.compareTo(MAX_PAGE_PRICE) <= 0
                && price.stripTrailingZeros().scale() <= 4;
    }
}
