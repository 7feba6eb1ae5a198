package chat.app.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * What browser tests look at beyond the page's elements: a QR code read back from the pixels, an
 * accessibility audit by axe-core, and a WebSocket that loses a frame on purpose.
 */
final class PageProbes {

    private PageProbes() {
    }

    /** The text of the QR code that the element shows, read from a screenshot of the element. */
    static String readQrCode(WebElement element) {
        BufferedImage shot;
        try {
            shot = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A QR code drawn edge to edge has no quiet zone; ZXing finds it more reliably inside a
        // white margin, as it would be on paper.
        int margin = Math.max(16, Math.max(shot.getWidth(), shot.getHeight()) / 8);
        var padded = new BufferedImage(shot.getWidth() + 2 * margin, shot.getHeight() + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = padded.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, padded.getWidth(), padded.getHeight());
        g.drawImage(shot, margin, margin, null);
        g.dispose();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(padded)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code in the element " + element, e);
        } catch (ReaderException e) {
            throw new AssertionError("unreadable QR code in the element " + element, e);
        }
    }

    /**
     * From the next page on, the page's WebSockets record every frame they send in
     * {@code window.__framesSent} and lose the first frame of the given type they receive, as a
     * network that drops it would. Call before the page loads.
     */
    static void loseFirstIncoming(Browser page, String frameType) {
        String script = """
                (() => {
                  const Native = window.WebSocket;
                  const lose = %s;
                  let lost = false;
                  window.__framesSent = [];
                  window.WebSocket = class extends Native {
                    constructor(...args) {
                      super(...args);
                      this.addEventListener('message', event => {
                        if (!lost && JSON.parse(event.data).type === lose) {
                          lost = true;
                          event.stopImmediatePropagation();
                        }
                      });
                    }
                    send(data) {
                      window.__framesSent.push(JSON.parse(data));
                      return super.send(data);
                    }
                  };
                })();
                """.formatted("'" + frameType + "'");
        page.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /**
     * From now on, in the page as it is (not the next one), its WebSockets swallow every
     * {@code send} frame, as a connection that died unnoticed would; other frames (pings, reads)
     * still go. A reload ends it.
     */
    static void holdSends(Browser page) {
        page.driver().executeScript("""
                const native = WebSocket.prototype.send;
                WebSocket.prototype.send = function (data) {
                  if (typeof data === 'string' && JSON.parse(data).type === 'send') return;
                  return native.call(this, data);
                };
                """);
    }

    /**
     * From now on, in the page as it is (not the next one), every GET whose URL ends with
     * {@code pathEnd} waits in the page until {@link #releaseNextRequest(Browser)} or
     * {@link #stopHolding(Browser)} lets it go: an
     * answer held back as a slow network would, to be let through at a moment the test chooses.
     */
    static void holdRequests(Browser page, String pathEnd) {
        holdRequests(page, "GET", pathEnd);
    }

    /** As {@link #holdRequests(Browser, String)}, for requests of that method. */
    static void holdRequests(Browser page, String method, String pathEnd) {
        page.driver().executeScript("""
                const [held, pathEnd] = arguments;
                const fetchNow = window.fetch.bind(window);
                window.__held = [];
                window.__holding = true;
                window.fetch = (url, init) => {
                  const method = (init && init.method) || 'GET';
                  if (!window.__holding || method !== held || !String(url).endsWith(pathEnd)) return fetchNow(url, init);
                  return new Promise(resolve => window.__held.push(() => resolve(fetchNow(url, init))));
                };
                """, method, pathEnd);
    }

    /** How many requests {@link #holdRequests(Browser, String)} holds back now. */
    static int heldRequests(Browser page) {
        return ((Number) page.driver().executeScript("return window.__held.length;")).intValue();
    }

    /** Lets the oldest held request go to the server. */
    static void releaseNextRequest(Browser page) {
        page.driver().executeScript("window.__held.shift()();");
    }

    /** Lets every held request go, and holds no more. */
    static void stopHolding(Browser page) {
        page.driver().executeScript("window.__holding = false; window.__held.splice(0).forEach(go => go());");
    }

    /**
     * The WCAG 2 A and AA rules (contrast, names, labels, ARIA, keyboard) that the page as it is
     * now breaks, by axe-core run in the page; one line per rule, with the elements it found.
     */
    static List<String> accessibilityViolations(Browser page) {
        String axe;
        try (var in = PageProbes.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.driver().executeScript(axe);
        Object result = page.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> violations = new ArrayList<>();
        ((List<?>) result).forEach(v -> violations.add(String.valueOf(v)));
        return violations;
    }
}
