package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.security.CurrentUser;
import coop.relais.support.ApiAuth;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The desk journal: opening and closing with the cash count, append-only corrections, strict amounts. */
@SpringBootTest
@AutoConfigureMockMvc
class JournalTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeskJournal journal;

    DeskFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeskFixtures(users, jdbc);
    }

    /** Tests share the database: start from a closed desk whatever an earlier test left. */
    private void closed(String email, UUID site) {
        CurrentUser user = fixtures.user(email);
        DeskDayView day = journal.day(user, site, null);
        if (day.open()) {
            journal.close(user, site, day.currentFloat(), "fermeture avant un test");
        }
    }

    private long entries(UUID site) {
        return jdbc.sql("SELECT COUNT(*) FROM desk_journal_entry WHERE site_id = ?")
                .param(site)
                .query(Long.class)
                .single();
    }

    @Test
    void openingAndClosingAtTheCounterShowTheDifference() throws Exception {
        closed("concierge2@relais.test", SITE_AQUITAINE);
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");

        assertThat(mvc.get().uri("/desk/journal/open").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Fond de caisse (espèces dans la caisse)");
        assertThat(mvc.post()
                        .uri("/desk/journal/open")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "150,00")
                        .param("note", ""))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/desk")
                .flash()
                .containsEntry("flashSuccess", "desk.flash.deskOpened");
        assertThat(mvc.get().uri("/desk").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Le comptoir est ouvert.");

        MvcTestResult closed = mvc.post()
                .uri("/desk/journal/close")
                .cookie(session)
                .with(csrf())
                .param("amount", "142,5")
                .param("note", "Rendu de monnaie erroné")
                .exchange();
        assertThat(closed)
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashSuccess", "desk.flash.deskClosedDifference");
        Object[] arguments = (Object[]) closed.getMvcResult().getFlashMap().get("flashArguments");
        assertThat(arguments[2].toString()).contains("\u22127,50");

        assertThat(mvc.get().uri("/desk/journal").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Fermeture", "Écart : \u22127,50", "il manque de l&#39;argent", "Rendu de monnaie erroné");
    }

    @Test
    void aClosingCountWithLettersIsAFormErrorAndNothingIsWritten() throws Exception {
        closed("concierge2@relais.test", SITE_AQUITAINE);
        journal.open(
                fixtures.user("concierge2@relais.test"), SITE_AQUITAINE, coop.relais.shared.Money.euros("50"), null);
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");
        long before = entries(SITE_AQUITAINE);

        for (String typed : new String[] {"cent euros", "12,5O", "-20", "9".repeat(10_000), ""}) {
            assertThat(mvc.post()
                            .uri("/desk/journal/close")
                            .cookie(session)
                            .with(csrf())
                            .param("amount", typed))
                    .as(typed.length() > 20 ? "a huge number" : typed)
                    .hasStatusOk()
                    .bodyText()
                    .containsAnyOf("Ce n&#39;est pas un montant", "Indiquez le montant en euros");
        }
        assertThat(entries(SITE_AQUITAINE)).isEqualTo(before);
        assertThat(journal.day(fixtures.user("concierge2@relais.test"), SITE_AQUITAINE, null)
                        .open())
                .isTrue();
    }

    @Test
    void theDeskCannotBeOpenedTwiceNorClosedWhenClosed() throws Exception {
        closed("concierge2@relais.test", SITE_AQUITAINE);
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");
        assertThat(mvc.post()
                        .uri("/desk/journal/close")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "10"))
                .hasStatusOk()
                .bodyText()
                .contains("n&#39;est pas ouvert");
        assertThat(mvc.post()
                        .uri("/desk/journal/open")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "10"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/desk/journal/open")
                        .cookie(session)
                        .with(csrf())
                        .param("amount", "10"))
                .hasStatusOk()
                .bodyText()
                .contains("déjà ouvert");
    }

    @Test
    void notesAndIncidentsGoInTheJournal() throws Exception {
        Cookie session = WebLogin.login(mockMvc, "concierge2@relais.test");
        String note = "Le colis volumineux de M. Martin est derrière le comptoir " + UUID.randomUUID();
        assertThat(mvc.post()
                        .uri("/desk/journal/note")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "HANDOVER")
                        .param("text", note))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flashSuccess", "desk.flash.handoverNoted");
        assertThat(mvc.post()
                        .uri("/desk/journal/note")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "INCIDENT")
                        .param("text", "<script>alert(1)</script> imprimante en panne"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/desk/journal/note")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "INCIDENT")
                        .param("text", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Écrivez le texte.");
        assertThat(mvc.get().uri("/desk/journal").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(note, "Passation", "Incident", "&lt;script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void theApiCorrectsByANewEntryThatReferencesTheWrongOne() throws Exception {
        closed("gerante@relais.test", SITE_ECOTONE);
        assertThat(post("""
                        {"siteId": "%s", "kind": "CLOSING", "amount": 10}""".formatted(SITE_ECOTONE))).hasStatus(409).bodyText().contains("pas ouvert");
        assertThat(post("""
                        {"siteId": "%s", "kind": "OPENING", "amount": "cent"}""".formatted(SITE_ECOTONE))).hasStatus(400);
        assertThat(post("""
                        {"siteId": "%s", "kind": "OPENING", "amount": -5}""".formatted(SITE_ECOTONE))).hasStatus(400);
        MvcTestResult opened = post("""
                {"siteId": "%s", "kind": "OPENING", "amount": 200.00}""".formatted(SITE_ECOTONE));
        assertThat(opened).hasStatus(201);
        UUID opening = UUID.fromString(JsonPath.read(opened.getResponse().getContentAsString(), "$.id"));
        MvcTestResult closedEntry = post("""
                {"siteId": "%s", "kind": "CLOSING", "amount": 200.00}""".formatted(SITE_ECOTONE));
        assertThat(closedEntry)
                .hasStatus(201)
                .bodyJson()
                .hasPathSatisfying("$.difference", v -> v.assertThat().isEqualTo(0.0));
        UUID closing = UUID.fromString(JsonPath.read(closedEntry.getResponse().getContentAsString(), "$.id"));

        assertThat(post("""
                        {"siteId": "%s", "kind": "OPENING", "amount": 180.00, "correctsId": "%s"}""".formatted(SITE_ECOTONE, opening)))
                .as("a correction needs its reason")
                .hasStatus(400);
        assertThat(post("""
                        {"siteId": "%s", "kind": "OPENING", "amount": 180.00, "correctsId": "%s",
                         "correctionReason": "Fond mal compté le matin"}""".formatted(SITE_ECOTONE, opening)))
                .hasStatus(201)
                .bodyJson()
                .hasPathSatisfying("$.correctsId", v -> v.assertThat().isEqualTo(opening.toString()));
        assertThat(post("""
                        {"siteId": "%s", "kind": "OPENING", "amount": 170.00, "correctsId": "%s",
                         "correctionReason": "encore"}""".formatted(SITE_ECOTONE, opening)))
                .as("correct the latest correction, not the original twice")
                .hasStatus(409);

        assertThat(mvc.get()
                        .uri("/api/v1/desk/journal/entries/{id}", closing)
                        .with(ApiAuth.as(users, "gerante@relais.test")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.expected", v -> v.assertThat().isEqualTo(180.0))
                .hasPathSatisfying("$.difference", v -> v.assertThat().isEqualTo(20.0));
        assertThat(mvc.get()
                        .uri("/api/v1/desk/journal/entries/{id}", opening)
                        .with(ApiAuth.as(users, "gerante@relais.test")))
                .bodyJson()
                .hasPathSatisfying("$.amount", v -> v.assertThat().isEqualTo(200.0))
                .hasPath("$.correctedById");
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/v1/desk/journal")
                .with(ApiAuth.as(users, "gerante@relais.test"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
