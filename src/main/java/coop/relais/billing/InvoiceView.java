package coop.relais.billing;

import coop.relais.shared.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued invoice (or credit note) as lists show it.
 *
 * @param kind {@code INVOICE} or {@code CREDIT_NOTE}
 * @param organisationId the client organisation invoiced, or null for a member's invoice
 * @param memberId the member invoiced, or null for an organisation's invoice
 * @param amountDue the total VAT included plus the rounding amount, if any
 * @param status for an invoice {@code PAID}, {@code PARTLY_PAID} or {@code UNPAID} (what its charges are on
 *     the tab); {@code ISSUED} for a credit note
 * @param leftToPay what is left to pay of an invoice
 */
public record InvoiceView(
        UUID id,
        String kind,
        String number,
        UUID organisationId,
        UUID memberId,
        String period,
        LocalDate issuedOn,
        LocalDate dueOn,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String buyerName,
        Money totalExclVat,
        Money totalVat,
        Money totalInclVat,
        Money amountDue,
        String status,
        Money leftToPay) {

    /** The same invoice with its payment status. */
    public InvoiceView withStatus(String newStatus, Money left) {
        return new InvoiceView(
                id,
                kind,
                number,
                organisationId,
                memberId,
                period,
                issuedOn,
                dueOn,
                serviceFrom,
                serviceTo,
                buyerName,
                totalExclVat,
                totalVat,
                totalInclVat,
                amountDue,
                newStatus,
                left);
    }
}
