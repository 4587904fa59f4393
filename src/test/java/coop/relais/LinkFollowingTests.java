package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.support.WebLogin;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every link a person is shown works for that person: signed in as each demo role, the test follows
 * the links of the home page, then the links of those pages (two levels), and expects no 4xx or 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LinkFollowingTests {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    /** Links that are not pages to open: files, feeds and the API explorer. */
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("^/(webjars|css|js|img|favicon|v3/api-docs|swagger-ui|actuator|api/)|/photo$|/preview$");

    @Autowired
    MockMvc mvc;

    private static List<String> links(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            String link = matcher.group(1).replace("&amp;", "&");
            if (!NOT_A_PAGE.matcher(link).find() && !link.startsWith("//")) {
                found.add(link);
            }
        }
        return new ArrayList<>(found);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin@relais.test",
                "gerante@relais.test",
                "concierge@relais.test",
                "concierge2@relais.test",
                "habitant@relais.test",
                "salarie@relais.test",
                "pressing@relais.test",
                "rh@relais.test",
                "bailleur@relais.test",
                "coach@relais.test"
            })
    void everyLinkShownWorksTwoLevelsDeep(String email) throws Exception {
        Cookie session = WebLogin.login(mvc, email);
        Map<String, String> broken = new LinkedHashMap<>();
        Set<String> visited = new LinkedHashSet<>();
        List<String> level = List.of("/");
        for (int depth = 0; depth <= 2 && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String path : level) {
                if (!visited.add(path) || visited.size() > 400) {
                    continue;
                }
                MockHttpServletResponse response =
                        mvc.perform(get(path).cookie(session)).andReturn().getResponse();
                int status = response.getStatus();
                if (status >= 400) {
                    broken.put(path, String.valueOf(status));
                    continue;
                }
                if (status == 200
                        && response.getContentType() != null
                        && response.getContentType().startsWith("text/html")) {
                    next.addAll(links(response.getContentAsString()));
                }
            }
            level = next;
        }
        assertThat(broken).as("links shown to " + email + " that fail").isEmpty();
        assertThat(visited).as("pages visited for " + email).hasSizeGreaterThan(3);
    }
}
