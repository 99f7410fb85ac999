package nl.plein.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, and axe-core from npm ({@code journeys/node_modules}), found on this machine;
 * nothing is ever downloaded (Selenium Manager is bypassed: the driver and the browser are both given).
 * Override the paths with {@code PLEIN_CHROMIUM}, {@code PLEIN_CHROMEDRIVER} and {@code PLEIN_AXE}.
 */
final class Chromium {

    static final Path BROWSER = Path.of(setting("PLEIN_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(setting("PLEIN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of(setting("PLEIN_AXE", "node_modules/axe-core/axe.min.js")).toAbsolutePath();

    private static boolean told;

    private Chromium() {
    }

    /**
     * Outside CI a missing browser, driver or axe-core skips the journeys with one line saying what is missing and
     * how to get it; in CI ({@code CI=true}) it fails them.
     */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) missing.add("Chromium (" + BROWSER + "; apt-get install chromium)");
        if (!Files.isExecutable(DRIVER)) missing.add("chromedriver (" + DRIVER + "; apt-get install chromium-driver)");
        if (!Files.isReadable(AXE)) missing.add("axe-core (" + AXE + "; cd journeys && npm ci)");
        if (missing.isEmpty()) return;
        String message = "Browser journeys skipped, missing: " + String.join(", ", missing);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new AssertionError(message.replace("skipped", "cannot run in CI"));
        // Surefire shows a class skipped in @BeforeAll only as "Tests run: 0": say it once, where everyone sees it.
        if (!told) System.out.println("[WARNING] " + message);
        told = true;
        Assumptions.assumeTrue(false, message);
    }

    static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=nl", "--no-first-run", "--disable-extensions",
                "--disable-search-engine-choice-screen", "--password-store=basic");
        // A visitor from the Netherlands: the browser asks for Dutch (the switch link on every page gives English).
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static String axeSource() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
