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
 * accessibility audit by axe-core, and WebSockets watched, or losing and holding frames on purpose.
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
     * A script function, {@code frameOf(data)}, that reads what a page's WebSocket carries: a JSON
     * text frame whole; of a binary {@code Frame} only its {@code type} and {@code clientMsgId}
     * (fields 1 and 2 of chat.proto, read with the protobuf.js the page loaded), which is what the
     * probes pick frames by, whichever encoding the page speaks.
     */
    private static final String FRAME_OF = """
            const frameOf = data => {
              if (typeof data === 'string') return JSON.parse(data);
              const reader = protobuf.Reader.create(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
              const frame = {};
              while (reader.pos < reader.len) {
                const tag = reader.uint32();
                if (tag >>> 3 === 1) frame.type = reader.string();
                else if (tag >>> 3 === 2) frame.clientMsgId = reader.string();
                else reader.skipType(tag & 7);
              }
              return frame;
            };
            """;

    /**
     * From the next page on, the page's WebSockets record every frame they send in
     * {@code window.__framesSent} (as {@code FRAME_OF} reads them) and lose the first frame of the
     * given type they receive, as a network that drops it would. Call before the page loads.
     */
    static void loseFirstIncoming(Browser page, String frameType) {
        String script = """
                (() => {
                  %s
                  const Native = window.WebSocket;
                  const lose = %s;
                  let lost = false;
                  window.__framesSent = [];
                  window.WebSocket = class extends Native {
                    constructor(...args) {
                      super(...args);
                      this.addEventListener('message', event => {
                        if (!lost && frameOf(event.data).type === lose) {
                          lost = true;
                          event.stopImmediatePropagation();
                        }
                      });
                    }
                    send(data) {
                      window.__framesSent.push(frameOf(data));
                      return super.send(data);
                    }
                  };
                })();
                """.formatted(FRAME_OF, "'" + frameType + "'");
        page.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /**
     * From the next page on, {@code window.__sockets} lists the page's WebSockets in the order it
     * opened them: the subprotocols each offered, the one the server chose ({@code protocol}, null
     * until it opened, {@code ""} for none), and how many text and binary frames went each way.
     * Call before the page loads.
     */
    static void watchSockets(Browser page) {
        String script = """
                (() => {
                  const Native = window.WebSocket;
                  window.__sockets = [];
                  window.WebSocket = class extends Native {
                    constructor(url, protocols) {
                      super(url, protocols);
                      const seen = { offered: [].concat(protocols ?? []), protocol: null,
                                     received: { text: 0, binary: 0 }, sent: { text: 0, binary: 0 } };
                      this.__seen = seen;
                      window.__sockets.push(seen);
                      this.addEventListener('open', () => { seen.protocol = this.protocol; });
                      this.addEventListener('message', event => {
                        seen.received[typeof event.data === 'string' ? 'text' : 'binary']++;
                      });
                    }
                    send(data) {
                      this.__seen.sent[typeof data === 'string' ? 'text' : 'binary']++;
                      return super.send(data);
                    }
                  };
                })();
                """;
        page.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** What {@link #watchSockets(Browser)} saw so far, one map per socket. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sockets(Browser page) {
        return (List<Map<String, Object>>) page.driver().executeScript("return window.__sockets;");
    }

    /**
     * From now on, in the page as it is (not the next one), its WebSockets swallow every
     * {@code send} frame, as a connection that died unnoticed would; other frames (pings, reads)
     * still go. A reload ends it.
     */
    static void holdSends(Browser page) {
        page.driver().executeScript(FRAME_OF + """
                const native = WebSocket.prototype.send;
                WebSocket.prototype.send = function (data) {
                  if (frameOf(data).type === 'send') return;
                  return native.call(this, data);
                };
                """);
    }

    /**
     * From now on, in the page as it is (not the next one), its first {@code send} frame does not
     * go: the page hears instead the error frame a server answers a refusal with (as JSON text or a
     * binary Frame, as the socket speaks), carrying the frame's clientMsgId, {@code code} and
     * {@code message}. Later frames go as they are.
     */
    static void refuseFirstSend(Browser page, String code, String message) {
        page.driver().executeScript(FRAME_OF + """
                const [code, message] = arguments;
                const native = WebSocket.prototype.send;
                let refused = false;
                WebSocket.prototype.send = function (data) {
                  const frame = frameOf(data);
                  if (refused || frame.type !== 'send') return native.call(this, data);
                  refused = true;
                  const error = { type: 'error', clientMsgId: frame.clientMsgId, code, message };
                  let answer = JSON.stringify(error);
                  if (typeof data !== 'string') { // Frame fields 1, 2, 17 and 18, all strings
                    const bytes = protobuf.Writer.create().uint32(1 << 3 | 2).string(error.type)
                      .uint32(2 << 3 | 2).string(error.clientMsgId).uint32(17 << 3 | 2).string(code)
                      .uint32(18 << 3 | 2).string(message).finish();
                    answer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
                  }
                  setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: answer })));
                };
                """, code, message);
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
