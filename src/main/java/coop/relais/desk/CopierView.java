package coop.relais.desk;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A shared photocopier of an ecosystem site.
 *
 * @param blackPagePrice price of a black-and-white page in euros (up to 4 decimals, e.g. 0.0150)
 * @param colourPagePrice price of a colour page in euros
 */
public record CopierView(
        UUID id,
        UUID siteId,
        String name,
        String location,
        BigDecimal blackPagePrice,
        BigDecimal colourPagePrice,
        BigDecimal vatRate,
        boolean active) {}
