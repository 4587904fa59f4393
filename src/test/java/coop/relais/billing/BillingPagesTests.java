package coop.relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The invoices pages on the demo data: last month's run issued the invoices of Aquitaine Logistique SA
 * and Habitat Garonne; each client admin sees their own and downloads them; the administrator runs a
 * month and is told, in words, what it did.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BillingPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void eachClientAdminSeesTheirOrganisationsInvoicesAndDownloadsThem() throws Exception {
        Cookie landlord = WebLogin.login(mockMvc, "bailleur@relais.test");
        var page = mvc.get().uri("/billing/invoices").cookie(landlord).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Habitat Garonne", "Facture F-", "Activation de badge");
        assertThat(page).bodyText().doesNotContain("Aquitaine Logistique SA");
        String body = page.getResponse().getContentAsString();
        String pdfLink = body.replaceAll("(?s).*?href=\"(/billing/invoices/[0-9a-f-]+/pdf)\".*", "$1");
        var pdf = mvc.get().uri(pdfLink).cookie(landlord).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        // The newest document first: an invoice (F-…) or a credit note on it (AV-…) another test made.
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .containsPattern("(F|AV)-\\d{4}-\\d{6}\\.pdf");
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());

        Cookie employer = WebLogin.login(mockMvc, "rh@relais.test");
        assertThat(mvc.get().uri("/billing/invoices").cookie(employer))
                .hasStatusOk()
                .bodyText()
                .contains("Aquitaine Logistique SA", "Facture F-", "Pressing — chemise");
        assertThat(mvc.get().uri(pdfLink).cookie(employer)).hasStatus(404);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'bailleur@relais.test' AND dedup_key LIKE 'invoice:%:issued:%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        Cookie member = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/billing/invoices").cookie(member)).hasStatus(404);
    }

    @Test
    void theAdministratorSeesLastMonthBilledAndCannotBillTheCurrentMonth() {
        Cookie admin = WebLogin.login(mockMvc, "admin@relais.test");
        String last = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1).toString();
        assertThat(mvc.get().uri("/admin/billing").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Le mois de "
                                + java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH)
                                        .format(YearMonth.parse(last))
                                + " est facturé",
                        "Habitat Garonne",
                        "Aquitaine Logistique SA");
        assertThat(mvc.post()
                        .uri("/admin/billing/runs")
                        .cookie(admin)
                        .with(csrf())
                        .param("period", last))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.post()
                        .uri("/admin/billing/runs")
                        .cookie(admin)
                        .with(csrf())
                        .param(
                                "period",
                                YearMonth.now(ZoneId.of("Europe/Paris")).toString()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashError", "billing.run.period.notEnded");
        assertThat(mvc.get()
                        .uri("/admin/billing/sales-journal?from=hier&to=demain")
                        .cookie(admin))
                .hasStatus(303)
                .hasHeader("Location", "/admin/billing?journalError=billing.export.date");
        assertThat(mvc.get()
                        .uri("/admin/billing?journalError=billing.export.date")
                        .cookie(admin))
                .bodyText()
                .contains("Écrivez les dates sous la forme JJ/MM/AAAA");
        assertThat(mvc.get()
                        .uri("/admin/billing/sales-journal?from=01/11/2026&to=30/11/2026")
                        .cookie(admin))
                .hasStatusOk()
                .bodyText()
                .startsWith("JournalCode;");
        Cookie concierge = WebLogin.login(mockMvc, "concierge@relais.test");
        assertThat(mvc.get().uri("/admin/billing").cookie(concierge)).hasStatus4xxClientError();
    }

    @Test
    void theAdministratorIssuesACreditNoteFromTheInvoiceList() throws Exception {
        Cookie admin = WebLogin.login(mockMvc, "admin@relais.test");
        String page = mvc.get()
                .uri("/admin/billing")
                .cookie(admin)
                .exchange()
                .getResponse()
                .getContentAsString();
        String form = page.replaceAll("(?s).*?href=\"(/admin/billing/invoices/[0-9a-f-]+/credit-note)\".*", "$1");
        assertThat(mvc.get().uri(form).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Avoir sur la facture F-", "reste à créditer");
        assertThat(mvc.post()
                        .uri(form)
                        .cookie(admin)
                        .with(csrf())
                        .param("amount", "999999")
                        .param("reason", "Trop"))
                .hasStatusOk()
                .bodyText()
                .contains("plus que ce qui reste à créditer");
        assertThat(mvc.post()
                        .uri(form)
                        .cookie(admin)
                        .with(csrf())
                        .param("amount", "deux")
                        .param("reason", "Lettres"))
                .hasStatusOk()
                .bodyText()
                .contains("doit être plus grand que 0");
        assertThat(mvc.post()
                        .uri(form)
                        .cookie(admin)
                        .with(csrf())
                        .param("amount", "1,00")
                        .param("reason", "Geste commercial"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashSuccess", "billing.flash.creditNoteIssued");
        Cookie landlord = WebLogin.login(mockMvc, "bailleur@relais.test");
        assertThat(mvc.get().uri(form).cookie(landlord)).hasStatus4xxClientError();
    }
}
