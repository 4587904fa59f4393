package coop.relais.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import coop.relais.shared.demo.DemoIds;
import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OperatorAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester tester;

    @Autowired
    JdbcClient jdbc;

    Cookie admin;

    @BeforeEach
    void signIn() {
        admin = WebLogin.login(mvc, "admin@relais.test");
    }

    @Test
    void showsTheOperatorAndItsBillingEntitiesWithMatchingVatNumbers() {
        assertThat(tester.get().uri("/admin/operator").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Relais Solidaire Gironde SCIC SAS",
                        "852147966",
                        "FR83852147966",
                        "Relais Services à la personne",
                        "FR15901234567",
                        "Entités de facturation");
    }

    @Test
    void refusesAnInvalidSirenForTheOperator() {
        assertThat(tester.post()
                        .uri("/admin/operator")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", "Relais")
                        .param("legalName", "Relais SCIC")
                        .param("siren", "852147967")
                        .param("street", "12 quai de Queyries")
                        .param("postalCode", "33100")
                        .param("city", "Bordeaux"))
                .hasStatusOk()
                .bodyText()
                .contains("Ce SIREN n&#39;est pas valide");
        assertThat(jdbc.sql("SELECT siren FROM operator WHERE id = ?")
                        .param(DemoIds.OPERATOR)
                        .query(String.class)
                        .single())
                .isEqualTo("852147966");
    }

    @Test
    void addsAPersonalServicesBillingEntityAndEditsIt() {
        String name = "Relais SAP Medoc " + UUID.randomUUID();
        assertThat(tester.get().uri("/admin/operator/billing-entities/new").cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Services à la personne (crédit d&#39;impôt)");
        assertThat(tester.post()
                        .uri("/admin/operator/billing-entities")
                        .with(csrf())
                        .cookie(admin)
                        .param("name", name)
                        .param("legalName", "Relais SAP Médoc SAS")
                        .param("siret", "73282932000074")
                        .param("vatNumber", "FR44732829320")
                        .param("street", "1 place du Marché")
                        .param("postalCode", "33340")
                        .param("city", "Lesparre-Médoc")
                        .param("personalServices", "true")
                        .param("_personalServices", "on"))
                .hasStatus3xxRedirection();
        UUID id = jdbc.sql("SELECT id FROM billing_entity WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT personal_services FROM billing_entity WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(tester.get().uri("/admin/operator/billing-entities/" + id).cookie(admin))
                .hasStatusOk()
                .bodyText()
                .contains(name, "FR44732829320", "checked=\"checked\"");
        assertThat(tester.post()
                        .uri("/admin/operator/billing-entities/" + id)
                        .with(csrf())
                        .cookie(admin)
                        .param("name", name)
                        .param("legalName", "Relais SAP Médoc SAS")
                        .param("siret", "73282932000074")
                        .param("vatNumber", "FR00732829320")
                        .param("street", "1 place du Marché")
                        .param("postalCode", "33340")
                        .param("city", "Lesparre-Médoc"))
                .hasStatusOk()
                .bodyText()
                .contains("la clé ne correspond pas au SIREN");
        assertThat(tester.post()
                        .uri("/admin/operator/billing-entities/" + id)
                        .with(csrf())
                        .cookie(admin)
                        .param("name", name)
                        .param("legalName", "Relais SAP Médoc SAS")
                        .param("siret", "73282932000074")
                        .param("vatNumber", "")
                        .param("street", "1 place du Marché")
                        .param("postalCode", "33340")
                        .param("city", "Lesparre-Médoc")
                        .param("_personalServices", "on"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT personal_services FROM billing_entity WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void unknownBillingEntityIsNotFound() {
        assertThat(tester.get()
                        .uri("/admin/operator/billing-entities/" + UUID.randomUUID())
                        .cookie(admin))
                .hasStatus(404);
    }
}
