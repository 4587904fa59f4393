package coop.relais.desk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The journal's "go to a day" field reads the date the French way, whatever the browser's language. */
@SpringBootTest
@AutoConfigureMockMvc
class JournalPageDateTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    Cookie concierge;

    @BeforeEach
    void signIn() {
        concierge = WebLogin.login(mockMvc, "concierge@relais.test");
    }

    @Test
    void aDayTypedTheFrenchWayOpensThatDayAndIsWrittenBackTheSameWay() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        String typed = yesterday.getDayOfMonth() + "/" + yesterday.getMonthValue() + "/" + yesterday.getYear();
        String shown = String.format(
                "%02d/%02d/%d", yesterday.getDayOfMonth(), yesterday.getMonthValue(), yesterday.getYear());
        assertThat(mvc.get().uri("/desk/journal?date={d}", typed).cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + shown + "\"", "inputmode=\"numeric\"")
                .doesNotContain("type=\"date\"");
        // The previous and next links carry the ISO form, read too.
        assertThat(mvc.get().uri("/desk/journal?date={d}", yesterday.toString()).cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + shown + "\"");
    }

    @Test
    void aDayThatDoesNotExistSaysSoAndShowsToday() {
        assertThat(mvc.get().uri("/desk/journal?date=31/02/2026").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Cette date n&#39;est pas valide", "is-invalid");
        assertThat(mvc.get().uri("/desk/journal?date=demain").cookie(concierge))
                .hasStatusOk()
                .bodyText()
                .contains("Cette date n&#39;est pas valide");
    }
}
