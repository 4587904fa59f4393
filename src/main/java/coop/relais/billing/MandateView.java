package coop.relais.billing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A SEPA direct-debit mandate signed by a client organisation.
 *
 * @param reference the unique mandate reference (RUM)
 * @param iban shown masked except its country, check digits and last four characters
 */
public record MandateView(
        UUID id,
        UUID organisationId,
        String reference,
        String debtorName,
        String iban,
        LocalDate signedOn,
        String signedByName,
        boolean active) {}
