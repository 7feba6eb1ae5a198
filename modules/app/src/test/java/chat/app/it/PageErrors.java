package chat.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The errors of one browser session's pages, from their first script on: uncaught exceptions,
 * unhandled promise rejections and {@code console.error} calls (recorded by a script the browser
 * runs before the page's own), plus the SEVERE entries of Chrome's console log (which also has what
 * the page cannot see, such as failed resource loads).
 */
final class PageErrors {

    /**
     * Runs in every document before any of the page's scripts (Page.addScriptToEvaluateOnNewDocument),
     * so that even an error in the page's first script is recorded in {@code window.__pageErrors}.
     */
    private static final String RECORDER = """
            (() => {
              if (window.__pageErrors) return;
              const errors = window.__pageErrors = [];
              const text = (value) => {
                if (value instanceof Error) return value.stack || String(value);
                if (value !== null && typeof value === 'object') {
                  try { return JSON.stringify(value); } catch (e) { /* a cycle: fall through */ }
                }
                return String(value);
              };
              window.addEventListener('error', (event) => errors.push('uncaught: '
                  + (event.error != null ? text(event.error) : event.message)
                  + ' (' + event.filename + ':' + event.lineno + ')'));
              window.addEventListener('unhandledrejection',
                  (event) => errors.push('unhandled rejection: ' + text(event.reason)));
              const consoleError = console.error;
              console.error = function (...args) {
                errors.push('console.error: ' + args.map(text).join(' '));
                return consoleError.apply(this, args);
              };
            })();
            """;

    private final ChromeDriver driver;
    /** Errors already taken from pages that have been left, and from Chrome's log (which empties on each read). */
    private final List<String> collected = new ArrayList<>();

    PageErrors(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Makes every document the session loads from now on record its errors. */
    void recordFromNowOn() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    /**
     * Every error so far: those the pages recorded ({@code uncaught:}, {@code unhandled rejection:},
     * {@code console.error:}) and Chrome's SEVERE console entries ({@code console:}).
     */
    List<String> all() {
        takeFromPage();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // The browser's own request for /favicon.ico (made when a page names no icon) is not the page's error.
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("/favicon.ico - Failed to load resource")) {
                collected.add("console: " + entry.getMessage());
            }
        }
        return List.copyOf(collected);
    }

    /** Moves the current page's recorded errors into the collection, emptying the page's list. */
    void takeFromPage() {
        Object recorded;
        try {
            recorded = driver.executeScript("return window.__pageErrors ? window.__pageErrors.splice(0) : [];");
        } catch (WebDriverException e) {
            return; // no page yet, or one that scripts cannot reach (a crashed tab): Chrome's log still has it
        }
        if (recorded instanceof List<?> list) {
            list.forEach(error -> collected.add(String.valueOf(error)));
        }
    }
}
