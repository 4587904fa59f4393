package coop.relais;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.relais.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every role's own pages on a phone, audited by axe-core: no serious or critical violation. The
 * journeys of each module audit their pages too; this sweep covers the lists and forms they pass by.
 */
class AccessibilityBrowserTests extends BrowserTest {

    private static final Map<String, List<String>> PAGES = Map.of(
            "admin@relais.test",
            List.of(
                    "/",
                    "/admin/sites",
                    "/admin/sites/new",
                    "/admin/organisations",
                    "/admin/organisations/new",
                    "/admin/providers",
                    "/admin/providers/new",
                    "/admin/operator",
                    "/admin/people",
                    "/admin/invitations",
                    "/invitations/new",
                    "/admin/audit",
                    "/admin/outbox",
                    "/profile",
                    "/notifications",
                    "/notifications/preferences"),
            "gerante@relais.test",
            List.of("/", "/manage/site", "/manage/people", "/manage/catalogue", "/desk/copiers", "/desk/settings"),
            "concierge@relais.test",
            List.of("/", "/orders/board", "/orders/new", "/desk/journal", "/desk/parcels", "/desk/requests"),
            "habitant@relais.test",
            List.of("/", "/catalogue", "/orders", "/me/parcels", "/profile"),
            "pressing@relais.test",
            List.of("/", "/provider/jobs"),
            "bailleur@relais.test",
            List.of("/", "/requests", "/requests/new"));

    @Test
    void everyRolesPagesPassTheAuditOnAPhone() {
        List<String> failures = new ArrayList<>();
        for (var person : PAGES.entrySet()) {
            newContext(PHONE);
            login(person.getKey());
            for (String path : person.getValue()) {
                page.navigate(path);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                                .first())
                        .isVisible();
                try {
                    assertAccessible();
                } catch (AssertionError violation) {
                    failures.add(person.getKey() + " "
                            + violation.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }
}
