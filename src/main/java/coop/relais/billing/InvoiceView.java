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
        String status) {}
