package nl.brug.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import org.junit.jupiter.api.TestInfo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts the machine's own Chromium for browser journeys; Playwright never downloads a browser. Where no
 * Chromium is installed, the journey is skipped (a JUnit assumption) with a message that says how to
 * install one, so the build stays green on such a machine and CI, which installs Chromium, runs it.
 */
public final class BrowserSupport {

    /** Set this to a Chromium (or Chrome) executable to use another than the system's. */
    public static final String CHROMIUM_ENV = "BRUG_CHROMIUM";

    private static final List<Path> KNOWN_LOCATIONS = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"));

    private BrowserSupport() {
    }

    /** The Chromium to use: {@value #CHROMIUM_ENV} if set, else the first of the usual places. */
    public static Optional<Path> findChromium() {
        String configured = System.getenv(CHROMIUM_ENV);
        Stream<Path> candidates = configured == null || configured.isBlank()
                ? KNOWN_LOCATIONS.stream()
                : Stream.concat(Stream.of(Path.of(configured)), KNOWN_LOCATIONS.stream());
        return candidates.filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Playwright and a headless Chromium, or skips the calling test when there is none. Close the
     * returned session when done (try-with-resources or {@code @AfterEach}).
     */
    public static BrowserSession launchChromium() {
        Optional<Path> chromium = findChromium();
        Assumptions.assumeTrue(chromium.isPresent(), "No Chromium found: install it with 'apt-get install -y chromium'"
                + " (Debian/Ubuntu), or point the environment variable " + CHROMIUM_ENV
                + " at a Chromium or Chrome executable. Looked in " + KNOWN_LOCATIONS + ".");
        // Vaadin answers after a server round trip; a busy 2-core build machine needs more than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium.get()).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync")));
            return new BrowserSession(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Keeps the page as it was at the end of a test, to look at after a failure: target/playwright/NAME.png. */
    public static void screenshot(Page page, TestInfo test, String suffix) {
        page.screenshot(new Page.ScreenshotOptions().setPath(
                Path.of("target", "playwright", test.getDisplayName().replaceAll("\\W", "") + suffix + ".png")));
    }

    /** A running Playwright with its browser; closing it ends both. */
    public record BrowserSession(Playwright playwright, Browser browser) implements AutoCloseable {

        /** A page in a browser context of its own (its own session), in Dutch, on a laptop-sized screen. */
        public Page newDutchPage() {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                    .setViewportSize(1400, 1000));
            context.setDefaultTimeout(30_000);
            return context.newPage();
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
