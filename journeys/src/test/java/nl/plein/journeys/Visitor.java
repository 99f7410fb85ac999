package nl.plein.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * One person in a real Chromium. Every page they reach (by following a link, sending a form or opening an address) is
 * checked at once: axe-core finds no serious or critical violation, and at 320 CSS pixels wide the document does not
 * scroll sideways. Failures name the rule, the elements and the page.
 */
final class Visitor implements AutoCloseable {

    private static String axe;

    private final ChromeDriver driver;
    private final String base;
    private final Set<String> checked = new LinkedHashSet<>();

    Visitor(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens an address of the platform, as typed or from a mail. */
    Visitor open(String path) {
        driver.get(base + path);
        return checkPage();
    }

    /** Follows the link with this exact {@code href} (the first visible one). */
    Visitor follow(String href) {
        return navigate(() -> click(find(By.cssSelector("a[href='" + href + "']"))));
    }

    /** Clicks the first visible link matching the selector. */
    Visitor submitLink(By link) {
        return navigate(() -> click(find(link)));
    }

    Visitor followText(String cssSelector, String text) {
        WebElement link = driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(a -> a.isDisplayed() && a.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' (" + cssSelector + ") on "
                        + driver.getCurrentUrl()));
        return navigate(() -> click(link));
    }

    Visitor type(String fieldId, String text) {
        WebElement field = find(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Visitor type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks something on the page that does not lead to another page (a radio button, a checkbox). */
    Visitor click(By by) {
        click(find(by));
        return this;
    }

    /** Ticks a checkbox that may already be ticked (a form filled in beforehand): never unticks it. */
    Visitor tick(By by) {
        WebElement box = find(by);
        if (!box.isSelected()) click(box);
        return this;
    }

    /** Chooses the first real option of a select (the one after "choose..."). */
    Visitor chooseFirst(String selectId) {
        new org.openqa.selenium.support.ui.Select(find(By.id(selectId))).selectByIndex(1);
        return this;
    }

    /** Signs out with the button every page has, ending on the page it leads to. */
    Visitor signOut() {
        return submit(By.cssSelector("form[action='/logout'] button"));
    }

    /** Sets a date or time field's value as the browser's picker would (typing in them depends on the locale). */
    Visitor setValue(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(by), value);
        return this;
    }

    Visitor choose(String selectId, String value) {
        var select = new org.openqa.selenium.support.ui.Select(find(By.id(selectId)));
        try {
            select.selectByValue(value);
        } catch (org.openqa.selenium.NoSuchElementException e) {
            select.selectByVisibleText(value);  // an <option> without a value attribute sends its text
        }
        return this;
    }

    /** Clicks a submit button and checks the page the form leads to. */
    Visitor submit(By button) {
        return navigate(() -> click(find(button)));
    }

    /**
     * The keyboard way to a page's main action: from the top of the page, Tab until the element has focus (it must
     * be in the tab order), the focus must be visible (an outline or a box-shadow), then Enter.
     */
    Visitor pressWithKeyboard(By target) {
        WebElement element = find(target);
        driver.executeScript("if (document.activeElement) document.activeElement.blur(); window.scrollTo({top: 0, behavior: 'instant'});");
        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached = element.equals(driver.switchTo().activeElement());
        }
        assertTrue(reached, "Tab never reaches " + describe(element) + " on " + driver.getCurrentUrl());
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) driver.executeScript("""
                const s = getComputedStyle(arguments[0]);
                return {outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow};""", element);
        String outline = String.valueOf(focus.get("outline"));
        boolean visible = (!outline.startsWith("none") && !outline.endsWith(" 0px"))
                || !"none".equals(String.valueOf(focus.get("shadow")));
        assertTrue(visible, "no visible focus on " + describe(element) + " on " + driver.getCurrentUrl() + ": " + focus);
        return navigate(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
    }

    /** Does what leads to another page, waits until that page replaced this one, and checks it. */
    private Visitor navigate(Runnable action) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> replaced(old));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return checkPage();
    }

    /**
     * Whether the page's old root element is gone. Chromium answers a question about a node of a document it has
     * just replaced either as a stale element or as "node does not belong to the document": both mean replaced.
     */
    private static boolean replaced(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.NoSuchSessionException e) {
            throw e;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /**
     * Clicks as a person would once the page holds still. A page reached by an address with a fragment scrolls there
     * smoothly (the theme's {@code scroll-behavior}, unless the person prefers reduced motion); a click during that
     * glide lands somewhere else, so Chromium refuses it as intercepted and nothing has happened yet: wait and retry.
     */
    private void click(WebElement element) {
        for (int attempt = 1; ; attempt++) {
            waitUntilScrollingStops();
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 5) throw e;
                pause(Duration.ofMillis(250));
            }
        }
    }

    /** Waits (at most a few seconds) until the page's scroll position is the same on successive animation frames. */
    private void waitUntilScrollingStops() {
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let last = -1, still = 0, frames = 0;
                const look = () => {
                    const y = window.scrollY;
                    still = y === last ? still + 1 : 0;
                    last = y;
                    if (still >= 3 || ++frames > 300) done(); else requestAnimationFrame(look);
                };
                requestAnimationFrame(look);""");
    }

    WebElement find(By by) {
        // Right after a redirect, Chromium may still hand out nodes of the document it is replacing; asking again
        // once the new one has settled finds the element of the page actually shown.
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElseThrow(() -> new AssertionError("nothing like " + by + " on " + driver.getCurrentUrl()));
            } catch (org.openqa.selenium.WebDriverException e) {  // stale elements and nodes of the old document
                if (attempt == 3 || e instanceof org.openqa.selenium.NoSuchSessionException) throw e;
                pause(Duration.ofMillis(200));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    Visitor assertShows(String expected) {
        assertTrue(text().contains(expected), "expected '" + expected + "' on " + driver.getCurrentUrl() + ", page says:\n"
                + text());
        return this;
    }

    /** Which pages were checked, for the test report. */
    Set<String> checkedPages() {
        return checked;
    }

    /** axe-core and the 320 px check on the page now shown; a failure lists everything found on it. */
    Visitor checkPage() {
        String url = driver.getCurrentUrl();
        checked.add(url.startsWith(base) ? url.substring(base.length()) : url);
        List<String> found = new ArrayList<>();
        if (axe == null) axe = Chromium.axeSource();
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))),
                    e => done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        for (Map<String, Object> v : violations) {
            found.add("axe " + v.get("impact") + " '" + v.get("rule") + "' (" + v.get("help") + ") on " + url + " at "
                    + v.get("nodes"));
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) driver.executeScript("""
                    const d = document.documentElement;
                    const wide = [...document.body.querySelectorAll('*')]
                        .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
                        .filter(e => !e.closest('[tabindex="0"][role="region"]'))
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''));
                    return {scroll: d.scrollWidth, client: d.clientWidth, wide: wide};""");
            long scroll = ((Number) widths.get("scroll")).longValue();
            long client = ((Number) widths.get("client")).longValue();
            if (scroll > client) {
                found.add("at 320 px the page scrolls sideways (scrollWidth " + scroll + " > clientWidth " + client
                        + ") on " + url + ", too wide: " + widths.get("wide"));
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        if (!found.isEmpty()) fail(found.size() + " accessibility problem(s):\n  " + String.join("\n  ", found));
        return this;
    }

    /** A screenshot and the HTML of the page now shown, for a failed journey. */
    void saveEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
                    + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the failed page: " + e);
        }
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + "> '" + element.getText() + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
