package coop.relais.billing.web;

import coop.relais.billing.BillingExports;
import coop.relais.billing.CreditNotes;
import coop.relais.billing.InvoiceView;
import coop.relais.billing.Invoicing;
import coop.relais.billing.MandateView;
import coop.relais.billing.RunResult;
import coop.relais.billing.SepaBatchView;
import coop.relais.billing.SepaDebits;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing")
@Tag(name = "Billing: invoices", description = "The monthly run, organisations' invoices and their Factur-X files")
class InvoiceApiController {

    record RunRequest(@NotNull String period) {}

    record InvoiceJson(
            UUID id,
            String kind,
            String number,
            LocalDate issuedOn,
            LocalDate dueOn,
            String period,
            String buyerName,
            BigDecimal totalExclVat,
            BigDecimal totalVat,
            BigDecimal totalInclVat,
            BigDecimal amountDue,
            String status,
            BigDecimal leftToPay) {

        static InvoiceJson of(InvoiceView i) {
            return new InvoiceJson(
                    i.id(),
                    i.kind(),
                    i.number(),
                    i.issuedOn(),
                    i.dueOn(),
                    i.period(),
                    i.buyerName(),
                    i.totalExclVat().amount(),
                    i.totalVat().amount(),
                    i.totalInclVat().amount(),
                    i.amountDue().amount(),
                    i.status(),
                    i.leftToPay().amount());
        }
    }

    private final Invoicing invoicing;
    private final CreditNotes creditNotes;
    private final BillingExports exports;
    private final SepaDebits sepa;

    InvoiceApiController(Invoicing invoicing, CreditNotes creditNotes, BillingExports exports, SepaDebits sepa) {
        this.invoicing = invoicing;
        this.creditNotes = creditNotes;
        this.exports = exports;
        this.sepa = sepa;
    }

    @PostMapping("/runs")
    @Operation(
            summary = "Run a month's billing (administrators)",
            description = "Invoices each organisation the charges not invoiced yet up to the end of the month "
                    + "(`YYYY-MM`, a month that has ended). The same month again answers with the same run and "
                    + "issues nothing new; a run cut short resumes where it stopped.")
    RunResult run(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody RunRequest request) {
        return invoicing.run(user, request.period());
    }

    @GetMapping("/invoices")
    @Operation(
            summary = "Invoices of an organisation",
            description = "For its client admins (organisationId required) and administrators; newest first, 50 a page."
                    + " Without organisationId, anyone else gets their own invoices as a member.")
    ApiPage<InvoiceJson> invoices(
            @Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page) {
        return ApiPage.of(invoicing.list(user, organisationId, period, page), InvoiceJson::of);
    }

    @GetMapping("/invoices/{id}")
    @Operation(summary = "One invoice")
    InvoiceJson invoice(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return InvoiceJson.of(invoicing.find(user, id));
    }

    @GetMapping("/invoices/{id}/pdf")
    @Operation(summary = "The invoice's PDF as issued (Factur-X PDF/A-3 with its CII XML for organisations)")
    ResponseEntity<byte[]> pdf(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        InvoiceView invoice = invoicing.find(user, id);
        return file(invoicing.pdf(user, id), MediaType.APPLICATION_PDF, invoice.number() + ".pdf");
    }

    @GetMapping("/invoices/{id}/xml")
    @Operation(summary = "The invoice's EN 16931 CII XML as issued")
    ResponseEntity<byte[]> xml(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        InvoiceView invoice = invoicing.find(user, id);
        return file(invoicing.xml(user, id), MediaType.APPLICATION_XML, invoice.number() + ".xml");
    }

    @GetMapping("/exports/sales-journal")
    @Operation(
            summary = "The sales journal as CSV (administrators)",
            description = "One line per invoice or credit note and VAT rate issued from `from` to `to` (YYYY-MM-DD, "
                    + "both included), FEC-style columns separated by semicolons, decimal commas, UTF-8.")
    ResponseEntity<byte[]> salesJournal(
            @Parameter(hidden = true) CurrentUser user, @RequestParam String from, @RequestParam String to) {
        return file(
                exports.salesJournal(user, from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "journal-des-ventes-" + from + "-" + to + ".csv");
    }

    record BatchRequest(@NotNull String period) {}

    record BatchJson(
            UUID id, String period, String messageId, LocalDate collectionDate, int debitCount, BigDecimal total) {}

    record MandateRequest(
            @NotNull UUID organisationId,
            @NotNull String debtorName,
            @NotNull String iban,
            String bic) {}

    @PostMapping("/sepa/batches")
    @Operation(
            summary = "Produce the SEPA direct-debit batch of a month (administrators)",
            description =
                    "The month's invoices not debited yet, of organisations with a signed mandate; each invoice is "
                            + "debited once. 409 when there is nothing to collect.")
    ResponseEntity<BatchJson> batch(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody BatchRequest request) {
        SepaBatchView batch = sepa.batch(user, request.period());
        return ResponseEntity.created(java.net.URI.create("/api/v1/billing/sepa/batches/" + batch.id() + "/file"))
                .body(new BatchJson(
                        batch.id(),
                        batch.period(),
                        batch.messageId(),
                        batch.collectionDate(),
                        batch.debitCount(),
                        batch.total().amount()));
    }

    @GetMapping("/sepa/batches/{id}/file")
    @Operation(summary = "The batch's pain.008.001.08 file, for the bank")
    ResponseEntity<byte[]> batchFile(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return file(sepa.file(user, id), MediaType.APPLICATION_XML, "prelevements-" + id + ".xml");
    }

    @PostMapping("/sepa/mandates")
    @Operation(
            summary = "Sign the organisation's SEPA direct-debit mandate (its client admins)",
            description =
                    "The IBAN is checked; a previous mandate is revoked; answers with the mandate's reference (RUM).")
    ResponseEntity<MandateView> sign(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody MandateRequest request) {
        return ResponseEntity.status(201)
                .body(sepa.sign(user, request.organisationId(), request.debtorName(), request.iban(), request.bic()));
    }

    @GetMapping("/exports/b2c-summary")
    @Operation(
            summary = "The month's sales to individuals per VAT rate (administrators)",
            description = "For the e-reporting of B2C transactions: per VAT rate, the amount VAT included, the "
                    + "taxable amount and the VAT of members' shares of the services delivered in the month (YYYY-MM).")
    ResponseEntity<byte[]> b2cSummary(@Parameter(hidden = true) CurrentUser user, @RequestParam String period) {
        return file(
                exports.b2cSummary(user, period).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "ventes-aux-particuliers-" + period + ".csv");
    }

    record CreditNoteRequest(
            @NotNull BigDecimal amount, @NotNull String reason) {}

    @PostMapping("/invoices/{id}/credit-notes")
    @Operation(
            summary = "Issue a credit note on an invoice (administrators)",
            description =
                    "At most what is left to credit on the invoice. All of it repeats the invoice's lines; part of "
                            + "it is shared among the invoice's VAT rates. The credit note takes the next number of the series, "
                            + "cites the invoice, and lowers what the organisation owes.")
    ResponseEntity<InvoiceJson> creditNote(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @Valid @RequestBody CreditNoteRequest request) {
        InvoiceView credit = creditNotes.creditNote(user, id, request.amount(), request.reason());
        return ResponseEntity.created(java.net.URI.create("/api/v1/billing/invoices/" + credit.id()))
                .body(InvoiceJson.of(credit));
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
