package coop.relais.billing;

import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.billing.BillingFixtures.splitLine;
import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.billing.internal.CertificateMail;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.Ledger;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.orders.OrderDelivered;
import coop.relais.organisation.BillingParties;
import coop.relais.shared.Money;
import coop.relais.support.ApiAuth;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal services: CESU pays them and nothing else, and each year's tax certificate counts what the
 * member paid for them, prefinanced CESU apart, with the mentions the tax office expects; issued once,
 * downloaded byte for byte, announced once by e-mail in January.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaxCertificateTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    Ledger ledger;

    @Autowired
    CertificateRepository certificates;

    @Autowired
    BillingParties parties;

    @Autowired
    AccountDirectory people;

    @Autowired
    CertificateMail mail;

    @Autowired
    TaxCertificates taxCertificates;

    BillingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    /**
     * A member of Aquitaine who had meals delivered (a personal service, 40 € of which their employer paid
     * 10 €) and then a shirt pressed (12 €, not a personal service): they owe 42 €.
     */
    private UUID memberWithMeals() {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        Instant now = Instant.now();
        fixtures.publish(new OrderDelivered(
                UUID.randomUUID(),
                "CMD-AF-" + member.toString().substring(0, 6),
                SITE_AQUITAINE,
                member,
                null,
                List.of(splitLine(1, "30.00", "10.00", CLIENT_AQUITAINE_LOGISTIQUE, "0.00", null)),
                now.minusSeconds(120),
                PersonalServiceActivity.MEAL_DELIVERY));
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, member, memberLine(1, "12.00")));
        return member;
    }

    private String email(UUID member) {
        return "membre-" + member + "@billing.test";
    }

    private MvcTestResult pay(UUID account, String amount, String method) {
        return mvc.post()
                .uri("/api/v1/billing/payments")
                .with(ApiAuth.as(users, "concierge2@relais.test"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\":\"%s\",\"amount\":%s,\"method\":\"%s\"}".formatted(account, amount, method))
                .exchange();
    }

    /** The certificates as they will be in January of next year. */
    private TaxCertificates inJanuary() {
        int next = Year.now(PARIS).getValue() + 1;
        Clock january = Clock.fixed(Instant.parse(next + "-01-05T08:00:00Z"), PARIS);
        return new TaxCertificates(ledger, certificates, parties, people, mail, january, transactionManager);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void cesuPaysPersonalServicesOnlyAndNeverMoreThanIsOwedForThem() {
        UUID member = memberWithMeals();
        UUID account = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
        assertThat(mvc.get().uri("/api/v1/billing/accounts/me").with(ApiAuth.as(users, email(member))))
                .bodyJson()
                .extractingPath("$.cesuPayable")
                .isEqualTo(30.0);

        MvcTestResult tooMuch = pay(account, "30.01", "CESU");
        assertThat(tooMuch)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("30,00 €");
        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_payment WHERE account_id = ?", account))
                .isZero();

        assertThat(pay(account, "20.00", "CESU")).hasStatus(201);
        assertThat(accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                        .cesuPayable())
                .isEqualTo(Money.euros("10.00"));
        // A card pays the oldest line first: what is left of the meals, then the shirt.
        assertThat(pay(account, "15.00", "CARD_TERMINAL")).hasStatus(201);
        assertThat(accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                        .cesuPayable())
                .isEqualTo(Money.ZERO);
        assertThat(pay(account, "5.00", "CESU")).hasStatus(400);
    }

    @Test
    void theCertificateCountsWhatTheMemberPaidCesuApartAndIsTheSameFileEveryTime() throws IOException {
        UUID member = memberWithMeals();
        UUID account = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
        assertThat(pay(account, "10.00", "CESU")).hasStatus(201);
        assertThat(pay(account, "25.00", "CARD_TERMINAL")).hasStatus(201);
        int year = Year.now(PARIS).getValue();

        // Not before the year is over.
        assertThat(mvc.get().uri("/api/v1/billing/tax-certificates/" + year).with(ApiAuth.as(users, email(member))))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("1er janvier " + (year + 1));

        TaxCertificates january = inJanuary();
        byte[] pdf = january.pdf(BillingFixtures.member(member, SITE_AQUITAINE), year);
        String text = text(pdf);
        assertThat(text)
                .contains("ATTESTATION FISCALE ANNUELLE")
                .contains("ANNÉE " + year)
                .contains("Membre " + member.toString().substring(0, 6))
                .contains("Déclaration de services à la personne n° SAP")
                .contains("SIRET")
                .contains("Montant total réglé en " + year + " : 30,00 €")
                .contains("dont réglé en CESU préfinancés : 10,00 €")
                .contains("Montant réglé hors CESU préfinancés : 20,00 €")
                .contains(PersonalServiceActivity.MEAL_DELIVERY.label() + " : 30,00 €")
                .doesNotContain("Chemise");
        assertThat(january.pdf(BillingFixtures.member(member, SITE_AQUITAINE), year))
                .isEqualTo(pdf);
        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_tax_certificate WHERE account_id = ?", account))
                .isEqualTo(1);
        assertThat(january.available(BillingFixtures.member(member, SITE_AQUITAINE)))
                .extracting(
                        TaxCertificates.Available::year,
                        a -> a.amountPaid().amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(year, "30.00"));
    }

    @Test
    void theJanuaryJobIssuesEachCertificateOnceAndTellsEachMemberOnce() {
        UUID member = memberWithMeals();
        UUID account = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
        assertThat(pay(account, "30.00", "CESU")).hasStatus(201);
        UUID unpaid = memberWithMeals();
        int year = Year.now(PARIS).getValue();

        TaxCertificates january = inJanuary();
        january.issueAll(year);
        january.issueAll(year);

        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_tax_certificate WHERE account_id = ?", account))
                .isEqualTo(1);
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'certificate:%' AND recipient = ?",
                        email(member)))
                .isEqualTo(1);
        // Nothing paid, no certificate and no e-mail.
        UUID unpaidAccount = accounts.mine(BillingFixtures.member(unpaid, SITE_AQUITAINE), null)
                .id();
        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_tax_certificate WHERE account_id = ?", unpaidAccount))
                .isZero();
    }

    @Test
    void aMemberGetsOnlyTheirOwnCertificateAndClearRefusals() throws IOException {
        int lastYear = Year.now(PARIS).getValue() - 1;
        MvcTestResult demo = mvc.get()
                .uri("/api/v1/billing/tax-certificates/" + lastYear)
                .with(ApiAuth.as(users, "habitant@relais.test"))
                .exchange();
        assertThat(demo).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(text(demo.getResponse().getContentAsByteArray()))
                .contains("Lucien Garreau")
                .contains("Montant total réglé en " + lastYear + " : 147,00 €")
                .contains("dont réglé en CESU préfinancés : 89,00 €");

        UUID stranger = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, stranger, memberLine(1, "5.00")));
        assertThat(mvc.get()
                        .uri("/api/v1/billing/tax-certificates/" + lastYear)
                        .with(ApiAuth.as(users, email(stranger))))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("aucun service à la personne");
        for (String year : List.of("1999", "3000", "abc")) {
            assertThat(mvc.get()
                            .uri("/api/v1/billing/tax-certificates/" + year)
                            .with(ApiAuth.as(users, email(stranger))))
                    .as(year)
                    .hasStatus(400)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_tax_certificate WHERE tax_year = 1999"))
                .isZero();
    }
}
