package coop.relais.reuse;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.support.ApiAuth;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The reuse shop: donations weighed in net of their container with a receipt numbered per site, goods going
 * out never more than came in (under any sequence and under concurrency, the database holding the line), the
 * kilos of a period, and only the site's staff; a refusal writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReuseTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ressourcerie ressourcerie;

    @Autowired
    PasswordEncoder encoder;

    UUID site;
    CurrentUser desk;

    @BeforeEach
    void aSite() {
        site = TestSites.create(jdbc, "Europe/Paris");
        desk = person(Role.CONCIERGE, site);
    }

    private CurrentUser person(Role role, UUID at) {
        return TestPeople.create(jdbc, role, at);
    }

    private MvcTestResult post(CurrentUser who, String path, String json) {
        return mvc.post()
                .uri(path)
                .with(ApiAuth.as(users, who.email()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private long rows() {
        return jdbc.sql(
                        "SELECT (SELECT COUNT(*) FROM reuse_intake WHERE site_id = ?) + (SELECT COUNT(*) FROM reuse_outflow WHERE site_id = ?)")
                .params(site, site)
                .query(Long.class)
                .single();
    }

    private String intake(String category, String gross, String tare, UUID donor) {
        return "{\"siteId\":\"%s\",\"category\":\"%s\",\"grossKg\":%s,\"tareKg\":%s,\"donorId\":%s}"
                .formatted(site, category, gross, tare, donor == null ? "null" : "\"" + donor + "\"");
    }

    @Test
    void aDonationIsWeighedInNetOfItsContainerWithTheNextReceiptNumber() {
        CurrentUser donor = person(Role.MEMBER, site);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "12.4", "0.4", donor.accountId())))
                .hasStatus(201)
                .bodyJson()
                .satisfies(json -> assertThat(json).extractingPath("$.netKg").isEqualTo(12.0))
                .extractingPath("$.receiptNo")
                .isEqualTo(1);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("BOOKS", "3", "0", null)))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.receiptNo")
                .isEqualTo(2);

        long before = rows();
        // Refused, and nothing written: the tare above the weight, a negative, too precise or too heavy a
        // weight, an unknown category, a donor who is not a member here, someone who is not staff here.
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "1", "1.5", null)))
                .hasStatus(400);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "-2", "0", null)))
                .hasStatus(400);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "2.555", "0", null)))
                .hasStatus(400);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "99999", "0", null)))
                .hasStatus(400);
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("GOLD", "2", "0", null)))
                .hasStatus(400);
        CurrentUser elsewhereMember = person(Role.MEMBER, TestSites.create(jdbc, "Europe/Paris"));
        assertThat(post(desk, "/api/v1/reuse/intakes", intake("TEXTILE", "2", "0", elsewhereMember.accountId())))
                .hasStatus(400);
        assertThat(post(donor, "/api/v1/reuse/intakes", intake("TEXTILE", "2", "0", null)))
                .hasStatus(404);
        CurrentUser otherDesk = person(Role.CONCIERGE, TestSites.create(jdbc, "Europe/Paris"));
        assertThat(post(otherDesk, "/api/v1/reuse/intakes", intake("TEXTILE", "2", "0", null)))
                .hasStatus(404);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void whatGoesOutNeverExceedsWhatCameInWhateverTheSequence() {
        Random random = new Random(20261204L);
        ReuseCategory[] categories = {ReuseCategory.TEXTILE, ReuseCategory.TOYS, ReuseCategory.ELECTRICAL};
        for (int step = 0; step < 150; step++) {
            ReuseCategory category = categories[random.nextInt(categories.length)];
            BigDecimal kg = BigDecimal.valueOf(1 + random.nextInt(2000), 2);
            try {
                if (random.nextInt(3) == 0) {
                    ressourcerie.intake(
                            desk, site, new Ressourcerie.NewIntake(category, kg, BigDecimal.ZERO, null, null));
                } else {
                    Stream stream = Stream.values()[random.nextInt(Stream.values().length)];
                    ressourcerie.outflow(desk, site, new Ressourcerie.NewOutflow(category, stream, kg, null));
                }
            } catch (DomainException refused) {
                assertThat(refused.messageKey()).isEqualTo("reuse.outflow.more");
            }
            for (ReuseCategory c : categories) {
                BigDecimal in =
                        sum("SELECT COALESCE(SUM(net_kg), 0) FROM reuse_intake WHERE site_id = ? AND category = ?", c);
                BigDecimal out =
                        sum("SELECT COALESCE(SUM(kg), 0) FROM reuse_outflow WHERE site_id = ? AND category = ?", c);
                assertThat(out).isLessThanOrEqualTo(in);
            }
        }
        // The running totals are the sums of the rows.
        for (Ressourcerie.StockLine line : ressourcerie.stock(desk, site)) {
            assertThat(line.inKg())
                    .isEqualByComparingTo(sum(
                            "SELECT COALESCE(SUM(net_kg), 0) FROM reuse_intake WHERE site_id = ? AND category = ?",
                            line.category()));
            assertThat(line.outKg())
                    .isEqualByComparingTo(sum(
                            "SELECT COALESCE(SUM(kg), 0) FROM reuse_outflow WHERE site_id = ? AND category = ?",
                            line.category()));
        }
        // And the report of the day says the same.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        ReuseReport report = ressourcerie.report(
                desk, site, today.minusDays(1), today.plusDays(1), java.time.ZoneId.of("Europe/Paris"));
        for (Ressourcerie.StockLine line : ressourcerie.stock(desk, site)) {
            ReuseReport.Line reported = report.lines().stream()
                    .filter(l -> l.category() == line.category())
                    .findFirst()
                    .orElseThrow();
            assertThat(reported.inKg()).isEqualByComparingTo(line.inKg());
            assertThat(reported.totalOut()).isEqualByComparingTo(line.outKg());
        }
    }

    @Test
    void twentyOutflowsAtOnceTakeOutOnlyWhatIsThere() throws Exception {
        ressourcerie.intake(
                desk,
                site,
                new Ressourcerie.NewIntake(ReuseCategory.FURNITURE, BigDecimal.TEN, BigDecimal.ZERO, null, null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> tries = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                tries.add(pool.submit(() -> post(
                                desk,
                                "/api/v1/reuse/outflows",
                                "{\"siteId\":\"%s\",\"category\":\"FURNITURE\",\"stream\":\"REUSE\",\"kg\":1}"
                                        .formatted(site))
                        .getResponse()
                        .getStatus()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> t : tries) {
                statuses.add(t.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
            assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sum(
                        "SELECT COALESCE(SUM(kg), 0) FROM reuse_outflow WHERE site_id = ? AND category = ?",
                        ReuseCategory.FURNITURE))
                .isEqualByComparingTo("10");
    }

    @Test
    void theReportGivesTheKilosOfAPeriodAndRefusesAWrongOne() {
        ressourcerie.intake(
                desk, site, new Ressourcerie.NewIntake(ReuseCategory.TOYS, new BigDecimal("8.5"), null, "GOOD", null));
        ressourcerie.outflow(
                desk, site, new Ressourcerie.NewOutflow(ReuseCategory.TOYS, Stream.REUSE, new BigDecimal("6"), null));
        ressourcerie.outflow(
                desk,
                site,
                new Ressourcerie.NewOutflow(ReuseCategory.TOYS, Stream.DISPOSAL, new BigDecimal("0.5"), null));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String path = "/api/v1/reuse/report?siteId=%s&from=%s&to=%s".formatted(site, today.withDayOfMonth(1), today);
        var report = mvc.get().uri(path).with(ApiAuth.as(users, desk.email())).exchange();
        assertThat(report)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total.inKg")
                .isEqualTo(8.5);
        assertThat(report).bodyJson().extractingPath("$.total.outKg.REUSE").isEqualTo(6.0);
        assertThat(report).bodyJson().extractingPath("$.total.outKg.DISPOSAL").isEqualTo(0.5);
        assertThat(report).bodyJson().extractingPath("$.total.totalOutKg").isEqualTo(6.5);

        assertThat(mvc.get()
                        .uri("/api/v1/reuse/report?siteId=%s&from=%s&to=%s".formatted(site, today, today.minusDays(3)))
                        .with(ApiAuth.as(users, desk.email())))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/api/v1/reuse/report?siteId=%s&from=demain&to=%s".formatted(site, today))
                        .with(ApiAuth.as(users, desk.email())))
                .hasStatus(400);
        CurrentUser member = person(Role.MEMBER, site);
        assertThat(mvc.get().uri(path).with(ApiAuth.as(users, member.email()))).hasStatus(404);
    }

    @Test
    void theDeskWeighsADonationInFromThePageAndPrintsItsReceipt() {
        var concierge = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        jdbc.sql("UPDATE role_grant SET role = 'CONCIERGE' WHERE account_id = ?")
                .param(concierge.id())
                .update();
        Cookie cookie = WebLogin.login(mockMvc, concierge.email());
        assertThat(mvc.get().uri("/reuse").cookie(cookie))
                .hasStatusOk()
                .bodyText()
                .contains("Ressourcerie", "Peser un don", "En stock", "La boutique");

        assertThat(mvc.post()
                        .uri("/reuse/intakes")
                        .param("category", "TEXTILE")
                        .param("grossKg", "1")
                        .param("tareKg", "2")
                        .with(csrf())
                        .cookie(cookie))
                .flash()
                .containsEntry("flashError", "reuse.intake.tareAboveGross");
        var done = mvc.post()
                .uri("/reuse/intakes")
                .param("category", "TEXTILE")
                .param("grossKg", "7,40")
                .param("tareKg", "0,40")
                .param("donorEmail", "habitant@relais.test")
                .with(csrf())
                .cookie(cookie)
                .exchange();
        assertThat(done).flash().containsEntry("flashSuccess", "reuse.flash.intake");
        UUID receipt = (UUID) done.getMvcResult().getFlashMap().get("receipt");
        assertThat(mvc.get().uri("/reuse/intakes/{id}/receipt", receipt).cookie(cookie))
                .hasStatusOk()
                .bodyText()
                .contains("Reçu de don", "Lucien Garreau", "7 kg", "Textile");
        LocalDate ended = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusMonths(3);
        String period = ended.getYear() + "-" + ((ended.getMonthValue() - 1) / 3 + 1);
        assertThat(mvc.get().uri("/reuse").cookie(cookie)).bodyText().contains("Déclarations trimestrielles", period);
        assertThat(mvc.post()
                        .uri("/reuse/declarations")
                        .param("period", "2026-9")
                        .with(csrf())
                        .cookie(cookie))
                .flash()
                .containsEntry("flashError", "reuse.declaration.quarter");
        assertThat(mvc.post()
                        .uri("/reuse/declarations")
                        .param("period", period)
                        .with(csrf())
                        .cookie(cookie))
                .flash()
                .containsEntry("flashSuccess", "reuse.flash.declaration");
        assertThat(mvc.get().uri("/reuse").cookie(cookie)).bodyText().contains("/csv\"", "(CSV)");
        // Another site's desk does not see it.
        Cookie member = WebLogin.login(
                mockMvc, NotificationTestSupport.newMember(jdbc, encoder, "fr").email());
        assertThat(mvc.get().uri("/reuse/intakes/{id}/receipt", receipt).cookie(member))
                .hasStatus(404);
        assertThat(mvc.get().uri("/reuse").cookie(member)).hasStatus(404);
        assertThat(SITE_BASTIDE).isNotNull();
    }

    @Autowired
    coop.relais.reuse.internal.ReuseRepository repository;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void aQuartersDeclarationReproducesTheReportAndStaysFrozen() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        LocalDate thisQuarter = LocalDate.now(paris).withDayOfMonth(1);
        thisQuarter = thisQuarter.withMonth(3 * ((thisQuarter.getMonthValue() - 1) / 3) + 1);
        LocalDate last = thisQuarter.minusMonths(3);
        int year = last.getYear();
        int quarter = (last.getMonthValue() - 1) / 3 + 1;
        Instant during = last.plusDays(20).atTime(11, 0).atZone(paris).toInstant();
        var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> {
            repository.prepare(site, ReuseCategory.BOOKS);
            repository.intake(
                    site,
                    ReuseCategory.BOOKS,
                    new BigDecimal("30"),
                    BigDecimal.ZERO,
                    new BigDecimal("30"),
                    null,
                    null,
                    desk.accountId(),
                    during);
            repository.takeOut(site, ReuseCategory.BOOKS, new BigDecimal("18.5"));
            repository.outflow(
                    site, ReuseCategory.BOOKS, Stream.REUSE, new BigDecimal("18.5"), null, desk.accountId(), during);
        });
        String body = "{\"siteId\":\"%s\",\"year\":%d,\"quarter\":%d}";

        var made = post(desk, "/api/v1/reuse/declarations", body.formatted(site, year, quarter));
        assertThat(made).hasStatus(201);
        ReuseReport report = ressourcerie.report(desk, site, last, thisQuarter.minusDays(1), paris);
        UUID id = jdbc.sql("SELECT id FROM reuse_declaration WHERE site_id = ?")
                .param(site)
                .query(UUID.class)
                .single();
        Declaration declared = declarations.find(desk, id);
        for (ReuseReport.Line line : report.lines()) {
            ReuseReport.Line frozen = declared.lines().stream()
                    .filter(l -> l.category() == line.category())
                    .findFirst()
                    .orElseThrow();
            assertThat(frozen.inKg()).isEqualByComparingTo(line.inKg());
            for (Stream stream : Stream.values()) {
                assertThat(frozen.out(stream)).isEqualByComparingTo(line.out(stream));
            }
        }

        // A donation recorded late in that quarter changes the report, not the declaration.
        transactions.executeWithoutResult(status -> repository.intake(
                site,
                ReuseCategory.BOOKS,
                new BigDecimal("5"),
                BigDecimal.ZERO,
                new BigDecimal("5"),
                null,
                null,
                desk.accountId(),
                during));
        assertThat(post(desk, "/api/v1/reuse/declarations", body.formatted(site, year, quarter)))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.id")
                .isEqualTo(id.toString());
        assertThat(declarations.find(desk, id).lines().stream()
                        .filter(l -> l.category() == ReuseCategory.BOOKS)
                        .findFirst()
                        .orElseThrow()
                        .inKg())
                .isEqualByComparingTo("30");
        assertThat(mvc.get()
                        .uri("/api/v1/reuse/declarations/{id}?format=csv", id)
                        .with(ApiAuth.as(users, desk.email())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "annee;trimestre;categorie;kg_entres",
                        year + ";" + quarter + ";BOOKS;30.00;18.50;0.00;0.00;0.00");

        // The quarter under way is not declared; a member sees nothing.
        int now = (thisQuarter.getMonthValue() - 1) / 3 + 1;
        assertThat(post(desk, "/api/v1/reuse/declarations", body.formatted(site, thisQuarter.getYear(), now)))
                .hasStatus(422);
        assertThat(post(desk, "/api/v1/reuse/declarations", body.formatted(site, year, 5)))
                .hasStatus(400);
        CurrentUser member = person(Role.MEMBER, site);
        assertThat(post(member, "/api/v1/reuse/declarations", body.formatted(site, year, quarter)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/reuse/declarations/{id}", id).with(ApiAuth.as(users, member.email())))
                .hasStatus(404);
    }

    @Autowired
    Declarations declarations;

    private BigDecimal sum(String sql, ReuseCategory category) {
        return jdbc.sql(sql)
                .params(site, category.name())
                .query(BigDecimal.class)
                .single();
    }
}
