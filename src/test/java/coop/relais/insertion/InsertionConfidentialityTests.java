package coop.relais.insertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.support.ApiAuth;
import coop.relais.support.DemoRoles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who may see work-integration data: every demo role against every insertion page and endpoint. Only the person's
 * coach and admins read a record (the coach alone reads private notes), only the person reads their own path
 * (never the private notes), only admins read the funders' figures; every other cell answers 404 and reveals
 * nothing. Each reading of a record is in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsertionConfidentialityTests {

    static final UUID KARIM = UUID.nameUUIDFromBytes("insertion-karim".getBytes(StandardCharsets.UTF_8));
    static final String PRIVATE_NOTE = "Fatigue en fin de semaine";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** Each cell of the matrix: the request, and the roles that get something other than 404 (with its status). */
    private static Map<String, Map<String, Integer>> matrix() {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        String admin = "admin@relais.test";
        String coach = "coach@relais.test";
        m.put("GET /api/v1/insertion/people", Map.of(admin, 200, coach, 200));
        m.put("GET /api/v1/insertion/people/" + KARIM, Map.of(admin, 200, coach, 200));
        m.put("GET /api/v1/insertion/people/" + KARIM + "/skills", Map.of(admin, 200, coach, 200));
        m.put("POST /api/v1/insertion/people/" + KARIM + "/skills/CASH/validation", Map.of(coach, 400));
        m.put("GET /api/v1/me/insertion", Map.of("concierge@relais.test", 200, "concierge2@relais.test", 200));
        m.put("GET /api/v1/insertion/report?from=2026-01-01&to=2026-12-31", Map.of(admin, 200));
        m.put("GET /insertion", Map.of(admin, 200, coach, 200));
        m.put("GET /insertion/people/" + KARIM, Map.of(admin, 200, coach, 200));
        m.put("GET /insertion/me", Map.of("concierge@relais.test", 200, "concierge2@relais.test", 200));
        m.put("GET /insertion/report", Map.of(admin, 200));
        m.put("GET /insertion/report.csv", Map.of(admin, 200));
        m.put("GET /insertion/report.pdf", Map.of(admin, 200));
        return m;
    }

    @ParameterizedTest
    @MethodSource("coop.relais.support.DemoRoles#emails")
    void onlyTheIntendedCellsAreOpen(String email) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (var cell : matrix().entrySet()) {
            String[] request = cell.getKey().split(" ", 2);
            var call = "POST".equals(request[0])
                    ? mvc.post()
                            .uri(request[1])
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"level\":9}")
                    : mvc.get().uri(request[1]);
            var result = call.with(ApiAuth.as(users, email)).exchange();
            int status = result.getResponse().getStatus();
            seen.put(cell.getKey(), status);
            expected.put(cell.getKey(), cell.getValue().getOrDefault(email, 404));
            String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            if (!"coach@relais.test".equals(email)) {
                assertThat(body).as(cell.getKey()).doesNotContain(PRIVATE_NOTE);
            }
            if (status == 404) {
                assertThat(body)
                        .as(cell.getKey())
                        .doesNotContain("Karim Benali")
                        .doesNotContain("Sandrine Morel");
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void theCoachAloneReadsPrivateNotesAndEachReadingIsAudited(String email) throws Exception {
        long before = audited();
        String body = mvc.get()
                .uri("/api/v1/insertion/people/" + KARIM)
                .with(ApiAuth.as(users, email))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.contains(PRIVATE_NOTE)).isEqualTo(email.startsWith("coach"));
        assertThat(audited()).isEqualTo(before + 1);
    }

    static Set<String> readers() {
        return Set.of("coach@relais.test", "admin@relais.test");
    }

    @ParameterizedTest
    @MethodSource("coop.relais.support.DemoRoles#emails")
    void thePersonReadsTheirPathWithoutPrivateNotes(String email) throws Exception {
        var response = mvc.get()
                .uri("/api/v1/me/insertion")
                .with(ApiAuth.as(users, email))
                .exchange()
                .getResponse();
        if (email.startsWith("concierge")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(PRIVATE_NOTE)
                    .doesNotContain("privateNote");
        } else {
            assertThat(response.getStatus()).isEqualTo(404);
        }
        assertThat(DemoRoles.emails().count()).isEqualTo(10);
    }

    @org.junit.jupiter.api.Test
    void theFundersFiguresAreARealPdfAndACsvWithoutAnyName() throws Exception {
        byte[] pdf = mvc.get()
                .uri("/insertion/report.pdf?from=01/01/2021&to=31/12/2030")
                .with(ApiAuth.as(users, "admin@relais.test"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Personnes suivies", "Taux de sorties dynamiques")
                    .doesNotContain("Karim");
        }
        String csv = mvc.get()
                .uri("/insertion/report.csv?from=01/01/2021&to=31/12/2030")
                .with(ApiAuth.as(users, "admin@relais.test"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("indicateur;valeur\n")
                .contains("exit.PERMANENT;")
                .doesNotContain("Mathieu");
    }

    private long audited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'INSERTION_RECORD_READ' AND target = ?")
                .param("insertion:" + KARIM)
                .query(Long.class)
                .single();
    }
}
