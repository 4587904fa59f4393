package coop.relais.billing;

import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.OrderDelivered;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' monthly invoices: the run invoices each member's own share once, personal services by the
 * billing entity declared for them and the rest by the general one (each its own series), in a plain PDF
 * without the mentions meant for businesses, saying what is already paid; each member reads only theirs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberInvoiceTests {

    private static final YearMonth MONTH = YearMonth.of(2023, 6);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    Invoicing invoicing;

    BillingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    private static Instant in(YearMonth month, int day) {
        return month.atDay(day).atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachMemberGetsTheirInvoicesOnceFromTheRightEntityAndReadsOnlyTheirs() throws Exception {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        String email = "membre-" + member + "@billing.test";
        fixtures.publish(new OrderDelivered(
                UUID.randomUUID(),
                "CMD-MI-1",
                SITE_AQUITAINE,
                member,
                null,
                List.of(memberLine(1, "12.00")),
                in(MONTH, 3)));
        fixtures.publish(new OrderDelivered(
                UUID.randomUUID(),
                "CMD-MI-2",
                SITE_AQUITAINE,
                member,
                null,
                List.of(memberLine(1, "20.00")),
                in(MONTH, 10),
                PersonalServiceActivity.MEAL_DELIVERY));
        UUID account = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
        // The member paid 12 € at the desk: the oldest line, the shirt.
        assertThat(mvc.post()
                        .uri("/api/v1/billing/payments")
                        .with(ApiAuth.as(users, "concierge2@relais.test"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\":\"%s\",\"amount\":12.00,\"method\":\"CARD_TERMINAL\"}"
                                .formatted(account)))
                .hasStatus(201);

        invoicing.run(MONTH, null);
        invoicing.run(MONTH, null);

        var issued = mvc.get()
                .uri("/api/v1/billing/invoices")
                .with(ApiAuth.as(users, email))
                .exchange();
        assertThat(issued).hasStatusOk();
        String body = issued.getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids).hasSize(2);
        // The shirt's invoice is paid (the payment went to the oldest line); the meals' is not.
        List<String> statuses = JsonPath.read(body, "$.items[*].status");
        assertThat(statuses).containsExactlyInAnyOrder("PAID", "UNPAID");
        assertThat(fixtures.count("SELECT COUNT(DISTINCT seller_id) FROM billing_invoice WHERE member_id = ?", member))
                .isEqualTo(2);

        String general = null;
        String personal = null;
        for (String id : ids) {
            var pdf = mvc.get()
                    .uri("/api/v1/billing/invoices/" + id + "/pdf")
                    .with(ApiAuth.as(users, email))
                    .exchange();
            assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
            String text = text(pdf.getResponse().getContentAsByteArray());
            assertThat(text)
                    .contains("FACTURE F-", "Membre " + member.toString().substring(0, 6), "Période de service")
                    .contains("Total TTC", "TVA 20 %")
                    .doesNotContain("40 €");
            if (text.contains("Portage") || text.contains("CMD-MI-2")) {
                personal = text;
            } else {
                general = text;
            }
        }
        assertThat(general).contains("CMD-MI-1", "Facture acquittée.").doesNotContain("CMD-MI-2");
        assertThat(personal).contains("CMD-MI-2", "Reste à payer : 20,00 €");

        // Another member, and the member's own tab page.
        UUID other = fixtures.newMember(SITE_AQUITAINE);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/invoices/" + ids.get(0) + "/pdf")
                        .with(ApiAuth.as(users, "membre-" + other + "@billing.test")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/billing/invoices")
                        .with(ApiAuth.as(users, "membre-" + other + "@billing.test")))
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/tab").cookie(WebLogin.login(mockMvc, "habitant@relais.test")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Attestations fiscales",
                        "Télécharger l&#39;attestation " + (YearMonth.now().getYear() - 1));
    }
}
