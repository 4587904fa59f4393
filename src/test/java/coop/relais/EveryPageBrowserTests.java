package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import coop.relais.support.BrowserTest;
import coop.relais.support.DemoRoles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accessibility sweep (DESIGN.md rules 2, 4 and 8): signed in as each demo role, on a phone and on
 * a desk, the browser opens every page that role can reach from its home page in two clicks (one
 * page per kind: the first order stands for all orders; a kind two clicks away is opened for the
 * first role that reaches it) and runs axe-core on it. On a desk the top bar
 * holds on one line; on a phone nothing scrolls sideways. It reads pages only, so it runs once, on H2.
 */
@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*pgtest.*")
class EveryPageBrowserTests extends BrowserTest {

    /** Files to download rather than pages to look at, and signing out. */
    private static final Pattern DOWNLOAD = Pattern.compile("^/logout|\\.(ics|csv|pdf|xml)$");

    private static final Pattern ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");

    /** A desk's top bar on one line: the brand with the site's name under it, and padding. */
    private static final double ONE_LINE_HEADER = 90;

    private static final int MAX_PAGES = 60;

    /** The outermost element sticking out on the right, to say what makes a page scroll sideways. */
    private static final String WIDEST = """
            () => { const w = document.documentElement.clientWidth;
              const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true; }
                return false; };
              const out = Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > w + 1 && !scrolls(e))
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= w + 1);
              return out.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ +/g, '.') : '')
                + (e.id ? '#' + e.id : '')); }""";

    /** Kinds of page already opened, by screen size, over all roles (the class has one instance). */
    private final Map<String, Set<String>> swept = new java.util.HashMap<>();

    @ParameterizedTest
    @MethodSource("coop.relais.support.DemoRoles#emails")
    void everyPageOfTheRoleIsAccessibleOnAPhoneAndADesk(String email) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        int desk = sweep(email, DESK, problems);
        int phone = sweep(email, PHONE, problems);
        assertThat(problems).as("pages of " + email + " with problems").isEmpty();
        assertThat(Math.min(desk, phone)).as("pages opened for " + email).isGreaterThan(2);
    }

    private int sweep(String email, int[] size, Map<String, List<String>> problems) {
        String where = size == PHONE ? "phone " : "desk ";
        newContext(size);
        login(email);
        Set<String> kinds = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "0"});
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            if (!kinds.add(kind(path))) {
                continue;
            }
            // Pages two clicks away are opened once per screen size: later roles skip the kinds already
            // swept, their own home and first-level pages are always opened.
            Set<String> seenBySize = swept.computeIfAbsent(where, w -> new java.util.HashSet<>());
            if (!seenBySize.add(kind(path)) && depth == 2) {
                continue;
            }
            Response response = page.navigate(path);
            if (response == null || !response.headerValue("content-type").startsWith("text/html")) {
                continue;
            }
            opened++;
            List<String> found = new ArrayList<>(accessibilityProblems());
            if (response.status() >= 400) {
                found.add("answered " + response.status());
            }
            if (size == DESK) {
                double header = page.locator("header").boundingBox().height;
                if (header > ONE_LINE_HEADER) {
                    found.add("top bar " + Math.round(header) + " px high: more than one line");
                }
            }
            Object sideways =
                    page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) sideways).intValue() > 0) {
                found.add("scrolls sideways by " + sideways + " px, because of " + page.evaluate(WIDEST));
            }
            if (!found.isEmpty()) {
                problems.put(where + path, found);
            }
            if (depth < 2) {
                for (String link : links()) {
                    queue.add(new String[] {link, String.valueOf(depth + 1)});
                }
            }
        }
        return opened;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) page.evaluate(
                "Array.from(document.querySelectorAll('a[href^=\"/\"]')).map(a => a.getAttribute('href'))");
        return hrefs.stream()
                .filter(href -> !href.startsWith("//") && !href.contains("lang="))
                .filter(href ->
                        !DemoRoles.NOT_A_PAGE.matcher(href.split("[?#]")[0]).find())
                .filter(href -> !DOWNLOAD.matcher(href.split("[?#]")[0]).find())
                .toList();
    }

    /** One page per kind: ids and numbers stand for any, the query is left out. */
    private static String kind(String path) {
        return ID.matcher(path.split("[?#]")[0]).replaceAll("{}");
    }
}
