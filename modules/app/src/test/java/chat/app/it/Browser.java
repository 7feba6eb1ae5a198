package chat.app.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless browser session for a test: Debian's {@code chromium} driven through its own
 * {@code chromedriver} (both from apt, installed by {@code .ci/run}). Nothing is downloaded: the
 * driver and the browser are given by path, so Selenium Manager is never asked for either.
 *
 * <p>Every page's errors are collected from its first script on: uncaught exceptions, unhandled
 * promise rejections and {@code console.error} calls (recorded by a script the browser runs before
 * the page's own), plus the SEVERE entries of Chrome's console log (which also has what the page
 * cannot see, such as failed resource loads). A test ends with {@link #assertNoErrors()}.
 */
final class Browser implements AutoCloseable {

    /** A phone's viewport (an iPhone X-class screen), in CSS pixels, for {@link #open(int, int)}. */
    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;
    /** A laptop's browser window. */
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;

    /** How long {@link #waitForTestId(String)} waits. */
    static final Duration WAIT = Duration.ofSeconds(15);

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;
    private final PageErrors pageErrors;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.pageErrors = new PageErrors(driver);
    }

    /** Starts a headless browser whose pages have a {@code width} x {@code height} CSS-pixel viewport. */
    static Browser open(int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): run .ci/run, which installs them, or apt-get install them");
        }
        Path profile;
        try {
            // A fresh profile each time: no cookies, storage or service workers from an earlier test.
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // CI runs as root in a container, where Chromium's sandbox cannot start
                "--disable-gpu",
                // No traffic of the browser's own (updates, sync, safe browsing, QUIC probes): the tests
                // run without internet, and a test should only see the requests its page makes.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage", // a container's /dev/shm is small; Chromium crashes when it fills
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        // Chrome's console log, read back through chromedriver in errors().
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        var browser = new Browser(driver, profile);
        try {
            // --window-size is the outer window, and Chrome makes it at least 500 pixels wide: the
            // page's viewport is set exactly instead (it stays for the tab's later pages).
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            browser.pageErrors.recordFromNowOn();
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
        return browser;
    }

    /** The session itself, for what the helpers here do not cover. */
    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page; errors of the page being left are kept first. */
    void go(String url) {
        pageErrors.takeFromPage();
        driver.get(url);
    }

    /** The element with {@code data-testid="id"} on the page now; fails if there is none. */
    WebElement byTestId(String id) {
        return driver.findElement(testId(id));
    }

    /** Waits until the condition yields a value (not null, not false) and returns it. */
    <T> T waitFor(Duration timeout, ExpectedCondition<T> condition) {
        // A re-render replaces elements under the test's feet: look again rather than fail.
        try {
            return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("timed out")
                    + "\nthe page at " + driver.getCurrentUrl() + " showed:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits up to {@link #WAIT} until the element with {@code data-testid="id"} is visible. */
    WebElement waitForTestId(String id) {
        return waitFor(WAIT, ExpectedConditions.visibilityOfElementLocated(testId(id)));
    }

    /**
     * Types {@code text} into the empty field with {@code data-testid="id"} and waits until the field
     * holds exactly that. Keys reach a page that re-renders on every server frame; what a test does
     * next (Enter, a submit) must follow what the field shows, not what was sent to it.
     */
    WebElement type(String id, String text) {
        WebElement field = waitForTestId(id);
        field.sendKeys(text);
        waitForValue(id, text);
        return byTestId(id);
    }

    /**
     * Empties the field as a person would (select all, delete), waits until it is empty, then types
     * {@code text} as {@link #type(String, String)} does.
     */
    WebElement replaceText(String id, String text) {
        WebElement field = waitForTestId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        waitForValue(id, "");
        return type(id, text);
    }

    /** The current value of the field with {@code data-testid="id"}, as the page has it. */
    String value(String id) {
        return byTestId(id).getDomProperty("value");
    }

    /** Waits until the field with {@code data-testid="id"} holds {@code expected}; says what it held if not. */
    void waitForValue(String id, String expected) {
        try {
            waitFor(WAIT, d -> expected.equals(value(id)));
        } catch (AssertionError e) {
            throw new AssertionError("the field " + id + " holds \"" + value(id) + "\", not \"" + expected + "\"", e);
        }
    }

    /**
     * Puts the device at the position (accuracy 10 m) and grants every origin the geolocation
     * permission, so that {@code navigator.geolocation} answers without a prompt.
     */
    void setGeolocation(double latitude, double longitude) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", latitude, "longitude", longitude, "accuracy", 10));
    }

    /**
     * Every error so far: those the pages recorded ({@code uncaught:}, {@code unhandled rejection:},
     * {@code console.error:}) and Chrome's SEVERE console entries ({@code console:}). An error the
     * page throws usually appears in both.
     */
    List<String> errors() {
        return pageErrors.all();
    }

    /**
     * Only what the pages' scripts hit: uncaught errors, unhandled rejections and console.error,
     * not the network failures Chrome logs (which a test that stops the server provokes on purpose).
     */
    List<String> scriptErrors() {
        return errors().stream().filter(error -> !error.startsWith("console: ")).toList();
    }

    /** Fails the test, listing them, if any page had an error. */
    void assertNoErrors() {
        List<String> errors = errors();
        if (!errors.isEmpty()) {
            fail("the browser reported " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
    }

    /**
     * Saves the window as {@code docs/screenshots/<name>.png} in the repository (failsafe runs in
     * {@code modules/app}, two levels down) or in the directory of the system property
     * {@code chat.it.screenshots}; returns the file.
     */
    Path screenshot(String name) {
        String dir = System.getProperty("chat.it.screenshots");
        Path file = (dir != null ? Path.of(dir) : repositoryRoot().resolve("docs/screenshots")).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Ends the session (browser and chromedriver) and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // The browser is gone already (it crashed, or the test quit it): only the profile is left.
        } finally {
            deleteTree(profile);
        }
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid=\"" + id + "\"]");
    }

    /** The repository: the nearest directory up from the working directory with a {@code .ci} folder. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve(".ci"))) {
                return d;
            }
        }
        return dir.resolve("../..").normalize(); // failsafe's working directory is modules/app
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover profile in the temp directory harms nothing.
        }
    }
}
