package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.CLIENT_ECOTONE_DESIGN;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.support.ApiAuth;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Shared photocopiers of an ecosystem site: counters that never go backwards, priced per page. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CopierApiTests {

    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Paris"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    ApplicationEvents events;

    private MvcTestResult addCopier(String email, UUID site, String name) {
        return mvc.post()
                .uri("/api/v1/desk/copiers")
                .with(ApiAuth.as(users, email))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId": "%s", "name": "%s", "location": "1er étage", "blackPagePrice": 0.015,
                         "colourPagePrice": 0.10, "vatRate": 20}""".formatted(site, name))
                .exchange();
    }

    private UUID newCopier() throws Exception {
        MvcTestResult result = addCopier("gerante@relais.test", SITE_ECOTONE, "Copieur " + UUID.randomUUID());
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private MvcTestResult read(UUID copier, UUID company, YearMonth period, long bs, long be, long cs, long ce) {
        return mvc.post()
                .uri("/api/v1/desk/copiers/{id}/readings", copier)
                .with(ApiAuth.as(users, "gerante@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organisationId": "%s", "period": "%s", "blackStart": %d, "blackEnd": %d,
                         "colourStart": %d, "colourEnd": %d}""".formatted(company, period, bs, be, cs, ce))
                .exchange();
    }

    @Test
    void aReadingPricesThePagesAndTellsBilling() throws Exception {
        UUID copier = newCopier();
        YearMonth period = THIS_MONTH.minusMonths(2);

        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period, 1_000, 2_000, 100, 150))
                .hasStatus(201)
                .bodyJson()
                .hasPathSatisfying("$.blackPages", v -> v.assertThat().isEqualTo(1000))
                .hasPathSatisfying("$.colourPages", v -> v.assertThat().isEqualTo(50))
                .hasPathSatisfying("$.blackAmount", v -> v.assertThat().isEqualTo(15.0))
                .hasPathSatisfying("$.colourAmount", v -> v.assertThat().isEqualTo(5.0))
                .hasPathSatisfying("$.amount", v -> v.assertThat().isEqualTo(20.0))
                .hasPathSatisfying("$.organisationName", v -> v.assertThat().isEqualTo("Atelier Design Écotone SARL"));

        assertThat(events.stream(CopierUsageRecorded.class)
                        .filter(e -> e.copierId().equals(copier)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.organisationId()).isEqualTo(CLIENT_ECOTONE_DESIGN);
                    assertThat(e.siteId()).isEqualTo(SITE_ECOTONE);
                    assertThat(e.period()).isEqualTo(period);
                    assertThat(e.blackPages()).isEqualTo(1_000);
                    assertThat(e.colourPages()).isEqualTo(50);
                    assertThat(e.amount()).isEqualTo(Money.euros("20.00"));
                });

        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period.plusMonths(1), 2_000, 2_400, 150, 150))
                .hasStatus(201);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/copiers/{id}/readings", copier)
                        .with(ApiAuth.as(users, "gerante@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[0].blackPages", v -> v.assertThat().isEqualTo(400));
    }

    @Test
    void aCounterGoingBackwardsIsAClearError() throws Exception {
        UUID copier = newCopier();
        YearMonth period = THIS_MONTH.minusMonths(2);
        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period, 1_000, 2_000, 100, 150))
                .hasStatus(201);

        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period.plusMonths(1), 1_900, 2_500, 150, 200))
                .hasStatus(400)
                .bodyText()
                .contains("ne peut pas reculer")
                .satisfies(text -> assertThat(text.replaceAll("[\\u00A0\\u202F ]", ""))
                        .as("both counters, whatever the spaces between thousands")
                        .contains("à2000", "indiquez1900"));
        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period.plusMonths(1), 2_000, 1_999, 150, 200))
                .hasStatus(400)
                .bodyText()
                .contains("plus petit");
        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, period, 2_000, 2_100, 150, 200))
                .as("the same month twice")
                .hasStatus(400);
        assertThat(read(copier, CLIENT_ECOTONE_DESIGN, THIS_MONTH.plusMonths(1), 2_000, 2_100, 150, 200))
                .as("a month to come")
                .hasStatus(400);
        assertThat(read(copier, CLIENT_HABITAT_GARONNE, period.plusMonths(1), 0, 10, 0, 10))
                .as("not a company of the site")
                .hasStatus(400)
                .bodyText()
                .contains("pas de contrat");
        assertThat(mvc.post()
                        .uri("/api/v1/desk/copiers/{id}/readings", copier)
                        .with(ApiAuth.as(users, "gerante@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationId": "%s", "period": "mars", "blackStart": "beaucoup", "blackEnd": 1,
                                 "colourStart": 0, "colourEnd": 0}""".formatted(CLIENT_ECOTONE_DESIGN)))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/api/v1/desk/copiers/{id}/readings", copier)
                        .with(ApiAuth.as(users, "gerante@relais.test")))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .as("nothing written by the refused readings")
                .hasSize(1);
    }

    @Test
    void copiersAreSharedOnlyOnEcosystemSitesAndAddedByTheirManager() {
        assertThat(addCopier("gerante@relais.test", SITE_BASTIDE, "Copieur " + UUID.randomUUID()))
                .hasStatus(409)
                .bodyText()
                .contains("écosystème");
        assertThat(addCopier("concierge@relais.test", SITE_ECOTONE, "Copieur " + UUID.randomUUID()))
                .hasStatus(404);
        assertThat(addCopier("concierge@relais.test", SITE_BASTIDE, "Copieur " + UUID.randomUUID()))
                .as("staff of the site, but not its manager")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/desk/copiers")
                        .with(ApiAuth.as(users, "gerante@relais.test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteId": "%s", "name": "X", "blackPagePrice": -1, "colourPagePrice": 0.1, "vatRate": 20}""".formatted(SITE_ECOTONE)))
                .hasStatus(400);
    }
}
