package coop.relais.organisation;

import java.util.UUID;

/**
 * A legal person as an invoice names it: the operator's billing entity that sells, or the client
 * organisation that buys.
 *
 * @param siret 14 digits (its first 9 are the SIREN)
 * @param vatNumber the intra-community VAT number, e.g. {@code FR32123456789}, or null if it has none
 */
public record LegalParty(
        UUID id, String legalName, String siret, String vatNumber, String street, String postalCode, String city) {

    /** The SIREN, the first 9 digits of the SIRET; null without a SIRET. */
    public String siren() {
        return siret == null || siret.length() < 9 ? null : siret.substring(0, 9);
    }
}
