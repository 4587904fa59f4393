package coop.relais.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** An invoice (or credit note) about to be written, with its files. */
public record NewInvoice(
        UUID id,
        String kind,
        UUID sellerId,
        long sequenceNo,
        String number,
        UUID accountId,
        UUID organisationId,
        UUID memberId,
        UUID runId,
        String period,
        LocalDate issuedOn,
        Instant issuedAt,
        LocalDate dueOn,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String buyerName,
        InvoiceArithmetic.Amounts amounts,
        byte[] pdf,
        byte[] xml,
        UUID correctsId,
        String reason) {

    /** A month's invoice of the run, as written: the document, its files and who it is for. */
    public static NewInvoice ofRun(
            InvoiceDocument document,
            long sequence,
            UUID accountId,
            UUID organisationId,
            UUID memberId,
            UUID runId,
            YearMonth month,
            Instant issuedAt,
            byte[] pdf,
            byte[] xml) {
        return new NewInvoice(
                document.id(),
                "INVOICE",
                document.seller().id(),
                sequence,
                document.number(),
                accountId,
                organisationId,
                memberId,
                runId,
                month.toString(),
                document.issuedOn(),
                issuedAt,
                document.dueOn(),
                document.serviceFrom(),
                document.serviceTo(),
                document.buyer().legalName(),
                document.amounts(),
                pdf,
                xml,
                null,
                null);
    }
}
