package coop.relais.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.notification.NotificationTestSupport;
import coop.relais.notification.NotificationTestSupport.TestMember;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The SEL of the Bastide from the pages: a new neighbour joins with the charter, asks habitant@ to pay for
 * a service, habitant@ pays, both statements show it; the coordinator sees a sound ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangePagesTests {

    static final UUID SEL = UUID.nameUUIDFromBytes("sel-bastide".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aNeighbourJoinsAsksToBePaidAndIsPaid() {
        TestMember neighbour = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        Cookie newcomer = WebLogin.login(mockMvc, neighbour.email());
        assertThat(mvc.get().uri("/exchange").cookie(newcomer))
                .hasStatusOk()
                .bodyText()
                .contains("SEL de la Bastide", "Rejoindre le SEL", "une heure vaut une heure");
        assertThat(mvc.post().uri("/exchange/{id}/join", SEL).with(csrf()).cookie(newcomer))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashError");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/join", SEL)
                        .param("charter", "on")
                        .with(csrf())
                        .cookie(newcomer))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");

        assertThat(mvc.post()
                        .uri("/exchange/{id}/pay", SEL)
                        .param("other", coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT.toString())
                        .param("amount", "1,5")
                        .param("memo", "Taille de la haie")
                        .param("action", "request")
                        .with(csrf())
                        .cookie(newcomer))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashError");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/pay", SEL)
                        .param("other", coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT.toString())
                        .param("amount", "90")
                        .param("memo", "Taille de la haie")
                        .param("action", "request")
                        .with(csrf())
                        .cookie(newcomer))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");

        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/exchange").cookie(habitant))
                .hasStatusOk()
                .bodyText()
                .contains("Demandes en attente", "Taille de la haie", "1 h 30");
        UUID request = jdbc.sql(
                        "SELECT id FROM sel_transaction WHERE memo = 'Taille de la haie' AND status = 'REQUESTED'")
                .query(UUID.class)
                .single();
        assertThat(mvc.post()
                        .uri("/exchange/requests/{id}/accept", request)
                        .with(csrf())
                        .cookie(habitant))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/exchange").cookie(newcomer))
                .hasStatusOk()
                .bodyText()
                .contains("Mon relevé", "Taille de la haie", "+1 h 30");

        assertThat(mvc.post()
                        .uri("/exchange/transfers/{id}/contest", request)
                        .param("reason", "La haie était déjà taillée")
                        .with(csrf())
                        .cookie(habitant))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/exchange").cookie(newcomer))
                .hasStatusOk()
                .bodyText()
                .contains("Contestations en cours", "La haie était déjà taillée");
        UUID contest = jdbc.sql("SELECT id FROM sel_contest WHERE transaction_id = ?")
                .param(request)
                .query(UUID.class)
                .single();
        assertThat(mvc.post()
                        .uri("/exchange/contests/{id}/accept", contest)
                        .with(csrf())
                        .cookie(newcomer))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/exchange").cookie(newcomer))
                .hasStatusOk()
                .bodyText()
                .contains("Annulation : Taille de la haie", "−1 h 30");

        Cookie manager = WebLogin.login(mockMvc, "gerante@relais.test");
        mvc.post()
                .uri("/site/select")
                .param("siteId", coop.relais.shared.demo.DemoIds.SITE_BASTIDE.toString())
                .with(csrf())
                .cookie(manager)
                .exchange();
        assertThat(mvc.get().uri("/exchange").cookie(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Coordination du SEL", "Les comptes sont justes");
    }

    @Test
    void theCoordinatorSeesTheMembersAdjustsABalanceAndSetsTheRules() {
        TestMember neighbour = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        Cookie member = WebLogin.login(mockMvc, neighbour.email());
        assertThat(mvc.post()
                        .uri("/exchange/{id}/join", SEL)
                        .param("charter", "on")
                        .with(csrf())
                        .cookie(member))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/exchange/{id}/coordination", SEL).cookie(member))
                .hasStatus(404);

        Cookie gerante = WebLogin.login(mockMvc, "gerante@relais.test");
        mvc.post()
                .uri("/site/select")
                .param("siteId", coop.relais.shared.demo.DemoIds.SITE_ECOTONE.toString())
                .with(csrf())
                .cookie(gerante)
                .exchange();
        // Écotone has no SEL: the page offers the one at the Bastide, and goes back to it.
        assertThat(mvc.get().uri("/exchange").cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains("Pas de SEL sur ce site", "Aller au SEL de la Bastide");
        assertThat(mvc.post()
                        .uri("/site/select")
                        .param("siteId", coop.relais.shared.demo.DemoIds.SITE_BASTIDE.toString())
                        .param("back", "/exchange")
                        .with(csrf())
                        .cookie(gerante))
                .hasRedirectedUrl("/exchange");
        assertThat(mvc.post()
                        .uri("/site/select")
                        .param("siteId", coop.relais.shared.demo.DemoIds.SITE_BASTIDE.toString())
                        .param("back", "//elsewhere.example/exchange")
                        .with(csrf())
                        .cookie(gerante))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/exchange").cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains("Coordination : membres, ajustements et règles");
        assertThat(mvc.get().uri("/exchange/{id}/coordination", SEL).cookie(gerante))
                .hasStatusOk()
                .bodyText()
                .contains("Coordination du SEL", "Lucien Garreau", "Ajuster un solde", "Les règles du SEL")
                .contains("Les comptes sont justes");

        assertThat(mvc.post()
                        .uri("/exchange/{id}/adjustments", SEL)
                        .param("memberId", neighbour.id().toString())
                        .param("amount", "+30")
                        .param("reason", "Bienvenue au SEL")
                        .with(csrf())
                        .cookie(gerante))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/adjustments", SEL)
                        .param("memberId", neighbour.id().toString())
                        .param("amount", "30")
                        .param("reason", "")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsEntry("flashError", "exchange.adjust.reason");
        assertThat(mvc.get().uri("/exchange").cookie(member)).bodyText().contains("30 min");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/limits", SEL)
                        .param("memberId", neighbour.id().toString())
                        .param("floor", "900")
                        .param("ceiling", "")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsKey("flashSuccess");
        assertThat(jdbc.sql("SELECT floor_units FROM sel_account WHERE member_id = ? AND sel_id = ?")
                        .params(neighbour.id(), SEL)
                        .query(Integer.class)
                        .single())
                .isEqualTo(900);
        assertThat(mvc.post()
                        .uri("/exchange/{id}/limits", SEL)
                        .param("memberId", neighbour.id().toString())
                        .param("floor", "beaucoup")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsEntry("flashError", "exchange.settings.floor");

        assertThat(mvc.post()
                        .uri("/exchange/{id}/settings", SEL)
                        .param("floor", "600")
                        .param("ceiling", "1200")
                        .param("requestDays", "beaucoup")
                        .param("participation", "HOURS")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsEntry("flashError", "exchange.settings.requestDays");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/settings", SEL)
                        .param("floor", "600")
                        .param("ceiling", "1200")
                        .param("requestDays", "14")
                        .param("participation", "HOURS")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/exchange").cookie(member)).bodyText().contains("Donné", "Reçu");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/settings", SEL)
                        .param("floor", "600")
                        .param("ceiling", "1200")
                        .param("requestDays", "14")
                        .param("participation", "BALANCES")
                        .with(csrf())
                        .cookie(gerante))
                .flash()
                .containsKey("flashSuccess");
    }

    @Test
    void habitantPaysTwoHelpersAtOnceFromThePage() {
        TestMember one = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        TestMember two = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        for (TestMember helper : List.of(one, two)) {
            assertThat(mvc.post()
                            .uri("/exchange/{id}/join", SEL)
                            .param("charter", "on")
                            .with(csrf())
                            .cookie(WebLogin.login(mockMvc, helper.email())))
                    .hasStatus3xxRedirection();
        }
        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        assertThat(mvc.get().uri("/exchange").cookie(habitant))
                .bodyText()
                .contains("Avec plusieurs personnes", "Je paie chacun");

        assertThat(mvc.post()
                        .uri("/exchange/{id}/group", SEL)
                        .param("others", one.id().toString())
                        .param("amount", "20")
                        .param("memo", "Aide au vide-grenier")
                        .param("action", "pay")
                        .with(csrf())
                        .cookie(habitant))
                .flash()
                .containsEntry("flashError", "exchange.group.payees");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/group", SEL)
                        .param("others", one.id().toString(), two.id().toString())
                        .param("amount", "20")
                        .param("memo", "Aide au vide-grenier")
                        .param("action", "pay")
                        .with(csrf())
                        .cookie(habitant))
                .flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/exchange").cookie(WebLogin.login(mockMvc, two.email())))
                .bodyText()
                .contains("Aide au vide-grenier", "20 min");
    }

    @Test
    void anAdWithAPhotoAndAnEndDateIsShownToTheSelsMembersOnly() throws Exception {
        Cookie habitant = WebLogin.login(mockMvc, "habitant@relais.test");
        String title =
                "Vélo d''enfant à réparer " + UUID.randomUUID().toString().substring(0, 6);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        var photo =
                new org.springframework.mock.web.MockMultipartFile("photo", "velo.png", "image/png", png.toByteArray());
        var notAPhoto = new org.springframework.mock.web.MockMultipartFile(
                "photo", "velo.png", "image/png", "ceci n''est pas une image".getBytes(StandardCharsets.UTF_8));
        String until = java.time.LocalDate.now()
                .plusDays(20)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(mvc.post()
                        .uri("/exchange/{id}/ads", SEL)
                        .multipart()
                        .file(notAPhoto)
                        .param("kind", "WANT")
                        .param("category", "REPAIR")
                        .param("title", title)
                        .param("body", "La chaîne saute.")
                        .with(csrf())
                        .cookie(habitant))
                .flash()
                .containsEntry("flashError", "exchange.ad.photoType");
        assertThat(mvc.post()
                        .uri("/exchange/{id}/ads", SEL)
                        .multipart()
                        .file(photo)
                        .param("kind", "WANT")
                        .param("category", "REPAIR")
                        .param("title", title)
                        .param("body", "La chaîne saute.")
                        .param("expiresOn", "31/12/2099")
                        .with(csrf())
                        .cookie(habitant))
                .flash()
                .containsEntry("flashError", "exchange.ad.expiry");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sel_ad WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(mvc.post()
                        .uri("/exchange/{id}/ads", SEL)
                        .multipart()
                        .file(photo)
                        .param("kind", "WANT")
                        .param("category", "REPAIR")
                        .param("title", title)
                        .param("body", "La chaîne saute.")
                        .param("expiresOn", until)
                        .with(csrf())
                        .cookie(habitant))
                .flash()
                .containsKey("flashSuccess");
        UUID ad = jdbc.sql("SELECT id FROM sel_ad WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
        assertThat(mvc.get().uri("/exchange").cookie(habitant)).bodyText().contains("/exchange/ads/" + ad + "/photo");
        assertThat(mvc.get().uri("/exchange/ads/{id}/photo", ad).cookie(habitant))
                .hasStatusOk()
                .hasContentType("image/png");
        // Someone outside the SEL does not see it.
        TestMember outsider = NotificationTestSupport.newMember(jdbc, encoder, "fr");
        assertThat(mvc.get().uri("/exchange/ads/{id}/photo", ad).cookie(WebLogin.login(mockMvc, outsider.email())))
                .hasStatus(404);
    }
}
