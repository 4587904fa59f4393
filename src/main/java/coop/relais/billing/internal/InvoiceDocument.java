package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Amounts;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
        LocalDate correctsIssuedOn) {

    /**
     * The invoice of a month's open charges, numbered {@code sequence} in the seller's series, issued
     * {@code now} (Paris time) and due {@code paymentDays} later; its service period starts with the
     * month, or with an older charge left over.
     */
    public static InvoiceDocument ofMonth(
            long sequence,
            LegalParty seller,
            LegalParty buyer,
            List<OpenCharges.OpenCharge> charges,
            YearMonth month,
            Instant now,
            int paymentDays) {
        Amounts amounts = InvoiceArithmetic.of(charges.stream()
                .map(c -> new InvoiceArithmetic.Charge(c.description(), c.amount(), c.vatRate()))
                .toList());
        LocalDate today = LocalDate.ofInstant(now, Zones.DEFAULT);
        LocalDate firstCharge = LocalDate.ofInstant(charges.get(0).occurredAt(), Zones.DEFAULT);
        LocalDate serviceFrom = firstCharge.isBefore(month.atDay(1)) ? firstCharge : month.atDay(1);
        return new InvoiceDocument(
                UUID.randomUUID(),
                false,
                "F-%d-%06d".formatted(today.getYear(), sequence),
                today,
                today.plusDays(paymentDays),
                serviceFrom,
                month.atEndOfMonth(),
                seller,
                buyer,
                amounts,
                null,
                null);
    }
}
