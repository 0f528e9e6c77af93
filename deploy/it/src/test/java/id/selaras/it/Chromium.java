package id.selaras.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright (never a browser Playwright downloads itself), headless, with the flags this
 * machine's closed network needs; contexts at a phone's and a desktop's size; screenshots as test output; axe-core.
 */
final class Chromium implements AutoCloseable {

    /** A viewport the pages are checked at. */
    enum Size {
        PHONE(390, 844, true), DESKTOP(1366, 768, false);

        final int width;
        final int height;
        final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        String folder() {
            return name().toLowerCase();
        }
    }

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser; on a developer machine without Chromium the browser tests are skipped, in CI they fail. */
    static Chromium launch() {
        Path executable = Path.of(System.getenv().getOrDefault("SELARAS_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium is missing at " + executable + " (apt-get install chromium)");
            }
            assumeTrue(false, "Chromium is not installed at " + executable);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new Chromium(playwright, browser);
    }

    /** A fresh browser profile (its own cookies: one person) at this size, in Indonesian. */
    BrowserContext person(Size size) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(size.width, size.height)
                .setIsMobile(size.mobile).setHasTouch(size.mobile).setLocale("id-ID").setTimezoneId("Asia/Jakarta"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    static void screenshot(Page page, Size size, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(size.folder()).resolve(name + ".png"))
                .setFullPage(true));
    }

    /** The serious and critical axe-core violations of the page as it is now, one line each. */
    static List<String> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                StringBuilder where = new StringBuilder();
                rule.getNodes().stream().limit(3).forEach(n -> where.append(' ').append(n.getTarget()));
                found.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at" + where);
            }
        }
        return found;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
