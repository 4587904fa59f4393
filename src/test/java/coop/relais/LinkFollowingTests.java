package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import coop.relais.support.DemoRoles;
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
import org.junit.jupiter.params.provider.MethodSource;
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

    @Autowired
    MockMvc mvc;

    private static List<String> links(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            String link = matcher.group(1).replace("&amp;", "&");
            if (!DemoRoles.NOT_A_PAGE.matcher(link).find() && !link.startsWith("//")) {
                found.add(link);
            }
        }
        return new ArrayList<>(found);
    }

    @ParameterizedTest
    @MethodSource("coop.relais.support.DemoRoles#emails")
    void everyLinkShownWorksTwoLevelsDeep(String email) throws Exception {
        Cookie session = WebLogin.login(mvc, email);
        Map<String, String> broken = new LinkedHashMap<>();
        Map<String, String> navProblems = new LinkedHashMap<>();
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
                    String html = response.getContentAsString();
                    next.addAll(links(html));
                    checkNavigation(path, html, navProblems);
                }
            }
            level = next;
        }
        assertThat(broken).as("links shown to " + email + " that fail").isEmpty();
        assertThat(visited).as("pages visited for " + email).hasSizeGreaterThan(3);
        assertThat(navProblems).as("navigation shown to " + email).isEmpty();
    }

    private static final Pattern TOP_LEVEL_ENTRY = Pattern.compile("<li class=\"nav-item[\" ]");
    private static final Pattern NAV_LINK =
            Pattern.compile("<a class=\"(?:nav-link|dropdown-item)[^\"]*\" href=\"([^\"]+)\"");

    /**
     * DESIGN.md rule 2: at most six entries in the top bar, at most one marked as the current place,
     * and exactly one on a page the navigation links to.
     */
    private static void checkNavigation(String path, String html, Map<String, String> problems) {
        int start = html.indexOf("<nav class=\"navbar");
        if (start < 0) {
            return;
        }
        String nav = html.substring(start, html.indexOf("</nav>", start));
        long entries = TOP_LEVEL_ENTRY.matcher(nav).results().count();
        long current =
                Pattern.compile("aria-current=\"page\"").matcher(nav).results().count();
        boolean linked =
                NAV_LINK.matcher(nav).results().anyMatch(m -> m.group(1).equals(path));
        if (entries > 6) {
            problems.put(path, entries + " entries in the top bar");
        } else if (current > 1) {
            problems.put(path, current + " links marked as the current page");
        } else if (linked && current != 1) {
            problems.put(path, "the page is in the navigation but not marked as the current one");
        }
    }
}
