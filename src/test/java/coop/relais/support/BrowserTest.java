package coop.relais.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: a real Relais on a random port, driven by Debian's Chromium through
 * Playwright, with a real SMTP server behind the outbox. Without Chromium the tests are skipped on a workstation and fail under CI.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** Debian's Chromium; {@code -Drelais.test.chromium=...} points elsewhere. */
    public static final String CHROMIUM = System.getProperty("relais.test.chromium", "/usr/bin/chromium");

    /** The reason given when the browser tests are skipped, counted by {@link SkippedBrowserTestsBanner}. */
    static final String NO_CHROMIUM = "Chromium is not installed at ";

    public static final String PASSWORD = "demo-relais-2026";

    /** A phone (iPhone 12-ish) and a desk screen. */
    public static final int[] PHONE = {390, 844};

    public static final int[] DESK = {1366, 768};

    public static final int[] TABLET = {1024, 768};

    /**
     * Every browser test runs with a real SMTP server: the outbox is delivered over SMTP and the
     * journeys read the e-mails people receive.
     */
    protected static final Mailbox MAILBOX = Mailbox.start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAILBOX::port);
        registry.add("relais.mail.poll-interval", () -> "500ms");
    }

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium is required for the browser tests under CI: " + CHROMIUM);
            }
            Assumptions.abort(NO_CHROMIUM + CHROMIUM);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @BeforeEach
    void openPage() {
        newContext(DESK);
    }

    /** Starts a fresh browser context (no cookies) with the given viewport. */
    protected Page newContext(int[] viewport) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport[0], viewport[1])
                .setLocale("fr-FR")
                // No transitions, so that the audit never measures a colour half-way through one.
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE)
                .setBaseURL(baseUrl()));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        return page;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in through the login form and waits for the home page. */
    protected void login(String email) {
        page.navigate("/login");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Follows a link of the main navigation as a person would: opens the collapsed menu on a narrow
     * screen, then the group the link sits in (when the bar shows groups), then the link.
     */
    protected void followNavigation(String group, String link) {
        var nav = page.getByLabel("Navigation principale");
        openMenuOnANarrowScreen();
        if (group != null) {
            exactly(nav, com.microsoft.playwright.options.AriaRole.BUTTON, group)
                    .click();
        }
        exactly(nav, com.microsoft.playwright.options.AriaRole.LINK, link).click();
    }

    /** The header's menu folds behind a button on screens narrower than a desk: open it. */
    private void openMenuOnANarrowScreen() {
        var toggler = page.locator(".navbar-toggler");
        if (toggler.isVisible()) {
            toggler.click();
        }
    }

    private static com.microsoft.playwright.Locator exactly(
            com.microsoft.playwright.Locator within, com.microsoft.playwright.options.AriaRole role, String name) {
        return within.getByRole(
                role,
                new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName(name)
                        .setExact(true));
    }

    /**
     * Picks another site in the header's site switcher (a list that opens), opening the collapsed menu first on screens
     * narrower than a desk.
     */
    protected void switchSite(String siteName) {
        openMenuOnANarrowScreen();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Changer de site"))
                .click();
        exactly(page.locator(".site-switcher"), com.microsoft.playwright.options.AriaRole.BUTTON, siteName)
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("header .site-name"))
                .hasText(siteName);
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    protected void assertAccessible() {
        List<String> problems = accessibilityProblems();
        assertThat(problems)
                .as(() -> "accessibility violations on " + page.url() + ": " + problems)
                .isEmpty();
    }

    /**
     * The serious and critical axe-core violations of the current page, each as its rule and the
     * elements it found, for a test that gathers them over many pages.
     */
    protected List<String> accessibilityProblems() {
        if (axeRules == null) {
            // The WCAG 2.1 A and AA rules axe-core runs by default, plus one it still calls experimental
            // and leaves out: visible text that is not part of the accessible name (speech users say what
            // they see). Listed once, then every page is checked in one pass.
            new AxeBuilder(page).withRules(List.of(LABEL_IN_NAME)).analyze();
            @SuppressWarnings("unchecked")
            List<String> wcag =
                    (List<String>) page.evaluate("axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])"
                            + ".filter(r => !r.tags.includes('experimental')).map(r => r.ruleId)");
            List<String> rules = new java.util.ArrayList<>(wcag);
            rules.add(LABEL_IN_NAME);
            axeRules = List.copyOf(rules);
        }
        AxeResults results = new AxeBuilder(page).withRules(axeRules).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(r -> r.getId() + " "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    private static final String LABEL_IN_NAME = "label-content-name-mismatch";

    /** The rules every page is checked against, listed from axe-core on the first check. */
    private static volatile List<String> axeRules;
}
