package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Amounts;
import coop.relais.organisation.LegalParty;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything an issued invoice (or credit note) says, as it is printed and put into its Factur-X XML.
 *
 * @param correctsNumber for a credit note, the number of the invoice it corrects
 */
public record InvoiceDocument(
        UUID id,
        boolean creditNote,
        String number,
        LocalDate issuedOn,
        LocalDate dueOn,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        LegalParty seller,
        LegalParty buyer,
        Amounts amounts,
        String correctsNumber,
        LocalDate correctsIssuedOn) {}
