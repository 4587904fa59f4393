package coop.relais.billing.web;

import coop.relais.billing.AccountView;
import coop.relais.billing.BillingAccounts;
import coop.relais.billing.BillingExports;
import coop.relais.billing.CreditNotes;
import coop.relais.billing.InvoiceView;
import coop.relais.billing.Invoicing;
import coop.relais.billing.MandateView;
import coop.relais.billing.RunResult;
import coop.relais.billing.SepaBatchView;
import coop.relais.billing.SepaDebits;
import coop.relais.billing.Subscriptions;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.LegalParty;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.AmountInput;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Amounts;
import coop.relais.shared.web.Flash;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invoices in pages: a client admin's invoices and usage for their organisation, the administrator's
 * monthly billing, and the files to download.
 */
@Controller
class InvoicePagesController {

    /** The refusals of the sales journal's download that the page can explain. */
    private static final java.util.Set<String> JOURNAL_ERRORS = java.util.Set.of(
            "billing.export.date", "billing.export.range", "billing.run.period.invalid", "billing.run.period.notEnded");

    private final Invoicing invoicing;
    private final CreditNotes creditNotes;
    private final BillingExports exports;
    private final BillingAccounts accounts;
    private final SepaDebits sepa;
    private final Subscriptions subscriptions;
    private final BillingParties parties;
    private final SiteDirectory sites;
    private final Amounts amounts;
    private final Clock clock;

    InvoicePagesController(
            Invoicing invoicing,
            CreditNotes creditNotes,
            BillingExports exports,
            BillingAccounts accounts,
            SepaDebits sepa,
            Subscriptions subscriptions,
            BillingParties parties,
            SiteDirectory sites,
            Amounts amounts,
            Clock clock) {
        this.invoicing = invoicing;
        this.creditNotes = creditNotes;
        this.exports = exports;
        this.accounts = accounts;
        this.sepa = sepa;
        this.subscriptions = subscriptions;
        this.parties = parties;
        this.sites = sites;
        this.amounts = amounts;
        this.clock = clock;
    }

    @GetMapping("/billing/invoices")
    String organisationInvoices(
            CurrentUser user,
            @RequestParam(required = false) String organisationId,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        List<ClientOrganisationView> mine = user.organisationsWhere(Role.CLIENT_ADMIN).stream()
                .map(sites::findClient)
                .flatMap(java.util.Optional::stream)
                .toList();
        if (mine.isEmpty()) {
            throw new NotFoundException("organisation");
        }
        ClientOrganisationView organisation = mine.stream()
                .filter(o -> o.id().toString().equals(organisationId))
                .findFirst()
                .orElse(mine.get(0));
        AccountView account = accounts.ofOrganisation(user, organisation.id(), null);
        ResultPage<InvoiceView> invoices = invoicing.list(user, organisation.id(), null, number(page));
        model.addAttribute("organisations", mine);
        model.addAttribute("organisation", organisation);
        model.addAttribute("account", account);
        model.addAttribute("invoices", invoices);
        model.addAttribute("zone", Zones.DEFAULT);
        model.addAttribute("mandate", sepa.mandate(user, organisation.id()).orElse(null));
        model.addAttribute(
                "subscription",
                subscriptions.ofOrganisation(user, organisation.id()).stream()
                        .filter(s -> s.endsOn() == null)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "creditor", parties.generalSeller().map(LegalParty::legalName).orElse(""));
        return "billing/organisation-invoices";
    }

    @PostMapping("/billing/mandates")
    String signMandate(
            CurrentUser user,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) String debtorName,
            @RequestParam(required = false) String iban,
            @RequestParam(required = false) String bic,
            RedirectAttributes redirect) {
        try {
            MandateView mandate = sepa.sign(user, organisationId, debtorName, iban, bic);
            Flash.success(redirect, "billing.flash.mandateSigned", mandate.reference());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        redirect.addAttribute("organisationId", organisationId);
        return "redirect:/billing/invoices";
    }

    @PostMapping("/admin/billing/sepa")
    String sepaBatch(CurrentUser user, @RequestParam(required = false) String period, RedirectAttributes redirect) {
        try {
            SepaBatchView batch = sepa.batch(user, period);
            Flash.success(
                    redirect,
                    "billing.flash.batchDone",
                    batch.period(),
                    batch.debitCount(),
                    amounts.money(batch.total()));
            redirect.addAttribute("batch", batch.id());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/billing";
    }

    @GetMapping("/admin/billing/sepa/{id}/file")
    ResponseEntity<byte[]> sepaFile(CurrentUser user, @PathVariable UUID id) {
        return InvoiceApiController.file(sepa.file(user, id), MediaType.APPLICATION_XML, "prelevements-" + id + ".xml");
    }

    @GetMapping("/admin/billing")
    String monthlyBilling(
            CurrentUser user,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(required = false) String batch,
            @RequestParam(required = false) String journalError,
            Model model) {
        if (!user.isAdmin()) {
            throw new NotFoundException("page");
        }
        YearMonth last = YearMonth.now(clock.withZone(Zones.DEFAULT)).minusMonths(1);
        model.addAttribute("lastMonth", last.toString());
        model.addAttribute("lastRun", invoicing.runOf(last.toString()).orElse(null));
        model.addAttribute("lastMonthName", monthName(last));
        model.addAttribute(
                "journalError", journalError != null && JOURNAL_ERRORS.contains(journalError) ? journalError : null);
        model.addAttribute("batch", batch != null && batch.matches("[0-9a-f-]{36}") ? batch : null);
        model.addAttribute("journalFrom", DateInput.format(last.atDay(1)));
        model.addAttribute("journalTo", DateInput.format(last.atEndOfMonth()));
        model.addAttribute("invoices", invoicing.list(user, null, null, number(page)));
        return "billing/admin-billing";
    }

    @PostMapping("/admin/billing/runs")
    String run(CurrentUser user, @RequestParam(required = false) String period, RedirectAttributes redirect) {
        try {
            RunResult result = invoicing.run(user, period);
            Flash.success(
                    redirect,
                    "billing.flash.runDone",
                    monthName(YearMonth.parse(result.period())),
                    result.invoiceCount());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/billing";
    }

    @GetMapping("/admin/billing/sales-journal")
    ResponseEntity<byte[]> salesJournal(
            CurrentUser user, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return csv(() -> exports.salesJournal(user, from, to), "journal-des-ventes.csv");
    }

    @GetMapping("/admin/billing/b2c-summary")
    ResponseEntity<byte[]> b2cSummary(CurrentUser user, @RequestParam(required = false) String period) {
        return csv(() -> exports.b2cSummary(user, period), "ventes-aux-particuliers.csv");
    }

    /**
     * A CSV download; when the dates or the month are refused, back to the billing page, which says what
     * to write (a download has no page of its own to show it on).
     */
    private static ResponseEntity<byte[]> csv(java.util.function.Supplier<String> export, String filename) {
        String csv;
        try {
            csv = export.get();
        } catch (DomainException refusal) {
            return ResponseEntity.status(303)
                    .location(java.net.URI.create("/admin/billing?journalError=" + refusal.messageKey()))
                    .build();
        }
        return InvoiceApiController.file(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                filename);
    }

    /** The credit-note form: the amount (at most what is left to credit) and the reason. */
    record CreditNoteForm(String amount, String reason) {}

    @GetMapping("/admin/billing/invoices/{id}/credit-note")
    String creditNoteForm(CurrentUser user, @PathVariable UUID id, Model model) {
        Money left = creditNotes.leftToCredit(user, id);
        return creditNotePage(user, id, new CreditNoteForm(amounts.input(left), ""), null, model);
    }

    @PostMapping("/admin/billing/invoices/{id}/credit-note")
    String creditNote(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute CreditNoteForm form,
            Model model,
            RedirectAttributes redirect) {
        java.util.Optional<BigDecimal> amount = AmountInput.euros(form.amount());
        if (amount.isEmpty()) {
            return creditNotePage(user, id, form, "billing.credit.amount", model);
        }
        try {
            InvoiceView credit = creditNotes.creditNote(user, id, amount.get(), form.reason());
            Flash.success(
                    redirect, "billing.flash.creditNoteIssued", credit.number(), amounts.money(credit.amountDue()));
            return "redirect:/admin/billing";
        } catch (DomainException refusal) {
            model.addAttribute("refusalArguments", refusal.arguments());
            return creditNotePage(user, id, form, refusal.messageKey(), model);
        }
    }

    private String creditNotePage(CurrentUser user, UUID id, CreditNoteForm form, String error, Model model) {
        model.addAttribute("invoice", invoicing.find(user, id));
        model.addAttribute("left", creditNotes.leftToCredit(user, id));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "billing/credit-note";
    }

    @GetMapping("/billing/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
        InvoiceView invoice = invoicing.find(user, id);
        return InvoiceApiController.file(invoicing.pdf(user, id), MediaType.APPLICATION_PDF, invoice.number() + ".pdf");
    }

    @GetMapping("/billing/invoices/{id}/xml")
    ResponseEntity<byte[]> xml(CurrentUser user, @PathVariable UUID id) {
        InvoiceView invoice = invoicing.find(user, id);
        return InvoiceApiController.file(invoicing.xml(user, id), MediaType.APPLICATION_XML, invoice.number() + ".xml");
    }

    /** "novembre 2026", in the reader's language. */
    private static String monthName(YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern(
                        "MMMM yyyy", org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .format(month);
    }

    private static int number(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }
}
