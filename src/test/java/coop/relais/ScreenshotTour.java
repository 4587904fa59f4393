package coop.relais;

import com.microsoft.playwright.Page;
import coop.relais.support.BrowserTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a tour that photographs each role's home, the desk board, the parcel list and the
 * member's orders on a phone and on a desk, for a change to pages to be seen before and after. Run
 * with {@code ./mvnw test -Dtest=ScreenshotTour -Drelais.screenshots=docs/screenshots/after}.
 */
@EnabledIfSystemProperty(named = "relais.screenshots", matches = ".+")
class ScreenshotTour extends BrowserTest {

    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("admin@relais.test", List.of("/"));
        PAGES.put("gerante@relais.test", List.of("/"));
        PAGES.put("concierge@relais.test", List.of("/", "/desk", "/orders/board", "/desk/parcels"));
        PAGES.put("concierge2@relais.test", List.of("/"));
        PAGES.put("habitant@relais.test", List.of("/", "/orders"));
        PAGES.put("pressing@relais.test", List.of("/", "/provider/jobs"));
        PAGES.put("rh@relais.test", List.of("/"));
        PAGES.put("bailleur@relais.test", List.of("/"));
        PAGES.put("coach@relais.test", List.of("/"));
    }

    @Test
    void photographEachRolesPages() {
        Path folder = Path.of(System.getProperty("relais.screenshots"));
        for (var role : PAGES.entrySet()) {
            for (int[] size : List.of(PHONE, DESK)) {
                newContext(size);
                login(role.getKey());
                for (String path : role.getValue()) {
                    page.navigate(path);
                    String name = role.getKey().substring(0, role.getKey().indexOf('@'))
                            + (path.equals("/") ? "-home" : path.replace('/', '-'))
                            + (size == PHONE ? "-phone" : "-desk")
                            + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)));
                }
            }
        }
    }
}
