package coop.relais.billing;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.billing.internal.RunRepository;
import coop.relais.desk.RequestCompleted;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.ApiAuth;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly run: each organisation invoiced once for its charges, numbers without gap even when
 * runs race, a run cut short resumes, the Factur-X valid under Mustang's validator with no French
 * (BR-FR) warning and every mandatory mention in the PDF, the files served as issued.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvoicingTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Invoicing invoicing;

    @Autowired
    CreditNotes creditNotes;

    @Autowired
    BillingExports exports;

    @Autowired
    RunRepository runs;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BillingAccounts accountsBean;

    @Autowired
    RelaisUserDetailsService users;

    BillingFixtures fixtures;

    static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    /** A completed à-la-carte request charged to the organisation, in the given month. */
    private void charge(UUID organisation, YearMonth month, String amount, String rate) {
        Instant at = month.atDay(10).atTime(11, 0).atZone(PARIS).toInstant();
        fixtures.publish(new RequestCompleted(
                UUID.randomUUID(),
                "DEM-" + UUID.randomUUID().toString().substring(0, 6),
                "Activation de badge",
                1,
                SITE_BASTIDE,
                organisation,
                UUID.randomUUID(),
                Money.euros(amount),
                new BigDecimal(rate),
                at));
    }

    private List<InvoiceView> invoicesOf(UUID organisation) {
        return invoicing.list(BillingFixtures.admin(), organisation, null, 0).items();
    }

    @Test
    void aMonthIsInvoicedOnceAsAValidFacturXWithEveryMention() throws Exception {
        YearMonth month = YearMonth.of(2026, 3);
        UUID organisation = fixtures.newOrganisation("Logistique du Port");
        charge(organisation, month, "24.00", "20");
        charge(organisation, month, "7.35", "20");
        charge(organisation, month, "11.00", "10");

        RunResult first = invoicing.run(BillingFixtures.admin(), month.toString());
        RunResult again = invoicing.run(BillingFixtures.admin(), month.toString());

        assertThat(again).isEqualTo(first);
        List<InvoiceView> issued = invoicesOf(organisation);
        assertThat(issued).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).matches("F-\\d{4}-\\d{6}");
            assertThat(invoice.amountDue()).isEqualTo(Money.euros("42.35"));
            assertThat(invoice.totalInclVat()).isEqualTo(invoice.totalExclVat().plus(invoice.totalVat()));
            assertThat(invoice.serviceFrom()).isEqualTo(month.atDay(1));
            assertThat(invoice.serviceTo()).isEqualTo(month.atEndOfMonth());
            assertThat(invoice.dueOn()).isEqualTo(invoice.issuedOn().plusDays(30));
        });
        UUID id = issued.get(0).id();
        byte[] pdf = invoicing.pdf(BillingFixtures.admin(), id);
        assertThat(invoicing.pdf(BillingFixtures.admin(), id)).isEqualTo(pdf);

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, "invoice.pdf");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).doesNotContain("BR-FR").contains("urn:cen.eu:en16931:2017");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "FACTURE " + issued.get(0).number(),
                            "Date d'émission",
                            "Période de service : du 01/03/2026 au 31/03/2026",
                            "Date d'échéance",
                            "Relais Solidaire Gironde SCIC SAS",
                            "SIRET 85214796600018",
                            "FR83852147966",
                            "SIREN 412253684",
                            "FR06412253684",
                            "TVA 20 % : base",
                            "TVA 10 % : base",
                            "Total HT",
                            "Total TTC",
                            "Net à payer : 42,35",
                            "40 €",
                            "trois fois le taux d'intérêt légal");
        }
        String xml = new String(invoicing.xml(BillingFixtures.admin(), id), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml)
                .contains(
                        "<ram:DuePayableAmount>42.35</ram:DuePayableAmount>",
                        issued.get(0).number());
    }

    @Test
    void runsRacingOverAHundredOrganisationsNumberEveryInvoiceOnceWithoutGap() throws Exception {
        YearMonth month = YearMonth.of(2026, 2);
        for (int i = 0; i < 100; i++) {
            charge(fixtures.newOrganisation("Entreprise " + i), month, (10 + i) + ".50", "20");
        }
        List<Future<RunResult>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(POOL.submit((Callable<RunResult>) () -> invoicing.run(BillingFixtures.admin(), month.toString())));
        }
        Set<RunResult> results = new HashSet<>();
        for (Future<RunResult> run : runs) {
            results.add(run.get());
        }
        List<Long> numbers =
                jdbc.sql("""
                        SELECT i.sequence_no FROM billing_invoice i JOIN billing_run r ON r.id = i.run_id
                        WHERE r.period = ? ORDER BY i.sequence_no""").param(month.toString()).query(Long.class).list();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1).isEqualTo(numbers.size());
        assertThat(invoicing.run(BillingFixtures.admin(), month.toString()).invoiceCount())
                .isEqualTo(numbers.size());
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM billing_invoice_line l JOIN billing_invoice i ON i.id = l.invoice_id
                        JOIN billing_run r ON r.id = i.run_id WHERE r.period = ?""").param(month.toString()).query(Long.class).single())
                .isGreaterThanOrEqualTo(100);
    }

    @Test
    void aRunCutShortResumesWithoutInvoicingAnyoneTwice() {
        YearMonth month = YearMonth.of(2026, 1);
        UUID first = fixtures.newOrganisation("Premier");
        UUID second = fixtures.newOrganisation("Second");
        charge(first, month, "30.00", "20");
        charge(second, month, "45.00", "20");
        // The run started and issued the first organisation's invoice, then the node stopped.
        RunRepository.Run run = transactions.execute(s -> runs.startRun(month.toString(), null, Instant.now()));
        UUID firstAccount = jdbc.sql("SELECT id FROM billing_account WHERE organisation_id = ?")
                .param(first)
                .query(UUID.class)
                .single();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant();
        transactions.executeWithoutResult(s -> invoicing.issueFor(run, month, firstAccount, end));

        RunResult resumed = invoicing.run(BillingFixtures.admin(), month.toString());

        assertThat(invoicesOf(first)).hasSize(1);
        assertThat(invoicesOf(second)).hasSize(1);
        assertThat(resumed.invoiceCount()).isGreaterThanOrEqualTo(2);
        assertThat(invoicing.run(BillingFixtures.admin(), month.toString())).isEqualTo(resumed);
    }

    @Test
    void onlyAdministratorsRunOnlyEndedMonthsAndEachOrganisationSeesItsOwnInvoices() {
        assertThatThrownBy(() -> invoicing.run(
                        BillingFixtures.admin(), YearMonth.now(PARIS).toString()))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.run.period.notEnded");
        assertThatThrownBy(() -> invoicing.run(BillingFixtures.admin(), "2026-13"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> invoicing.run(BillingFixtures.admin(), "novembre"))
                .isInstanceOf(DomainException.class);
        CurrentUser landlord = new CurrentUser(
                UUID.randomUUID(),
                "x@billing.test",
                "X",
                "fr",
                List.of(RoleGrant.forOrganisation(
                        Role.CLIENT_ADMIN, coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE)));
        assertThatThrownBy(() -> invoicing.run(landlord, "2025-12")).isInstanceOf(AccessDeniedException.class);

        YearMonth month = YearMonth.of(2025, 12);
        UUID organisation = fixtures.newOrganisation("Autre");
        charge(organisation, month, "18.00", "20");
        invoicing.run(BillingFixtures.admin(), month.toString());
        UUID invoice = invoicesOf(organisation).get(0).id();
        assertThatThrownBy(() -> invoicing.pdf(landlord, invoice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invoicing.list(landlord, organisation, null, 0))
                .isInstanceOf(NotFoundException.class);

        assertThat(mvc.get()
                        .uri("/api/v1/billing/invoices/" + invoice + "/pdf")
                        .with(ApiAuth.as(users, "bailleur@relais.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/invoices/" + invoice + "/pdf")
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        assertThat(mvc.post()
                        .uri("/api/v1/billing/runs")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2099-01\"}"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/billing/runs")
                        .with(ApiAuth.as(users, "admin@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2025-12\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.period")
                .isEqualTo("2025-12");
        assertThat(mvc.get()
                        .uri("/api/v1/billing/invoices?organisationId=" + organisation)
                        .with(ApiAuth.as(users, "admin@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].number")
                .asString()
                .startsWith("F-");
    }

    @Test
    void creditNotesCiteTheInvoiceNeverExceedItAndLowerWhatIsOwed() throws Exception {
        YearMonth month = YearMonth.of(2025, 11);
        UUID organisation = fixtures.newOrganisation("Crédit");
        charge(organisation, month, "24.00", "20");
        charge(organisation, month, "11.00", "10");
        invoicing.run(BillingFixtures.admin(), month.toString());
        InvoiceView invoice = invoicesOf(organisation).get(0);
        BillingAccounts accounts = accountsBean;
        Money owedBefore = accounts.ofOrganisation(BillingFixtures.admin(), organisation, null)
                .balance();

        InvoiceView partial = creditNotes.creditNote(
                BillingFixtures.admin(), invoice.id(), new BigDecimal("10.00"), "Badge facturé en double");
        assertThat(partial.kind()).isEqualTo("CREDIT_NOTE");
        assertThat(partial.number()).startsWith("AV-");
        assertThat(partial.amountDue()).isEqualTo(Money.euros("10.00"));
        assertThat(accounts.ofOrganisation(BillingFixtures.admin(), organisation, null)
                        .balance())
                .isEqualTo(owedBefore.minus(Money.euros("10.00")));

        assertThatThrownBy(() ->
                        creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("25.01"), "Trop"))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.credit.tooMuch");
        assertThatThrownBy(() ->
                        creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("-1"), "Négatif"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(
                        () -> creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("1"), " "))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> creditNotes.creditNote(
                        BillingFixtures.admin(), partial.id(), new BigDecimal("1"), "Avoir d'avoir"))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.credit.notAnInvoice");

        InvoiceView rest = creditNotes.creditNote(
                BillingFixtures.admin(), invoice.id(), new BigDecimal("25.00"), "Geste commercial");
        assertThat(rest.amountDue()).isEqualTo(Money.euros("25.00"));
        assertThat(invoicing.find(BillingFixtures.admin(), invoice.id()).amountDue())
                .isEqualTo(Money.euros("35.00"));
        assertThatThrownBy(() ->
                        creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("0.01"), "Encore"))
                .isInstanceOf(DomainException.class);

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(invoicing.pdf(BillingFixtures.admin(), partial.id()), "credit.pdf");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).doesNotContain("BR-FR");
        String xml = new String(
                invoicing.xml(BillingFixtures.admin(), partial.id()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<ram:TypeCode>381</ram:TypeCode>", invoice.number());
        try (PDDocument document = Loader.loadPDF(invoicing.pdf(BillingFixtures.admin(), partial.id()))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("AVOIR " + partial.number(), "Avoir sur la facture " + invoice.number());
        }
        // A whole invoice credited at once repeats its lines.
        UUID other = fixtures.newOrganisation("Crédit total");
        charge(other, month.minusMonths(1), "30.00", "20");
        invoicing.run(BillingFixtures.admin(), month.minusMonths(1).toString());
        InvoiceView whole = invoicesOf(other).get(0);
        InvoiceView full =
                creditNotes.creditNote(BillingFixtures.admin(), whole.id(), new BigDecimal("30.00"), "Annulation");
        assertThat(full.totalExclVat()).isEqualTo(whole.totalExclVat());
        assertThat(full.totalVat()).isEqualTo(whole.totalVat());
        assertThat(accountsBean
                        .ofOrganisation(BillingFixtures.admin(), other, null)
                        .balance())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void theSalesJournalHasALinePerInvoiceAndRateWithCreditNotesNegative() {
        YearMonth month = YearMonth.of(2025, 9);
        UUID organisation = fixtures.newOrganisation("Journal");
        charge(organisation, month, "24.00", "20");
        charge(organisation, month, "11.00", "10");
        invoicing.run(BillingFixtures.admin(), month.toString());
        InvoiceView invoice = invoicesOf(organisation).get(0);
        InvoiceView credit =
                creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("12.00"), "Remise");
        String today = java.time.LocalDate.now(PARIS).toString();

        String csv = exports.salesJournal(BillingFixtures.admin(), today, today);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("JournalCode;JournalLib;EcritureNum;EcritureDate");
        assertThat(csv)
                .contains(invoice.number() + ";" + today.replace("-", "") + ";706000")
                .contains("Facture " + invoice.number() + " TVA 20 %;20;20,00;4,00;24,00;EUR")
                .contains("Facture " + invoice.number() + " TVA 10 %;10;10,00;1,00;11,00;EUR")
                .contains("Avoir " + credit.number() + " TVA 20 %;20;-");
        assertThatThrownBy(() -> exports.salesJournal(BillingFixtures.admin(), "2026-12-31", "2026-01-01"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> exports.salesJournal(BillingFixtures.admin(), "hier", today))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> exports.salesJournal(
                        new CurrentUser(UUID.randomUUID(), "x@x", "X", "fr", List.of()), today, today))
                .isInstanceOf(NotFoundException.class);
    }
}
