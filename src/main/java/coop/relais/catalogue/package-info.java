/**
 * Catalogue: the services each site offers, grouped in categories, each offered by a partner
 * provider at a price (per unit, fixed or on quote) with its VAT rate, lead time, days and who pays.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package coop.relais.catalogue;
