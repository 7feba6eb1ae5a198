package chat.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes a server's TCP sockets carried, from the kernel's own counters: {@code ss -tinH state
 * established ( sport = :PORT )} (Linux's iproute2) lists each socket the server accepted on its
 * port, with {@code bytes_acked} (what the server sent and the client acknowledged: WebSocket frames
 * with their headers, HTTP answers) and {@code bytes_received}. Summed at the start and the end of a
 * window, the difference is what went over the wire (loopback here) in it, whatever the encoding.
 * A socket closed within the window takes its bytes with it, so the window should hold open sockets.
 */
final class SocketBytes {

    private static final Pattern ACKED = Pattern.compile("bytes_acked:(\\d+)");
    private static final Pattern RECEIVED = Pattern.compile("bytes_received:(\\d+)");

    /** One reading of every established socket on the port; {@code problem} null when read. */
    record Reading(long sent, long received, int sockets, String problem) {

        static Reading failed(String problem) {
            return new Reading(0, 0, 0, problem);
        }
    }

    /** Two readings and what lay between them. */
    record Window(int port, Reading start, Reading end) {

        /** The rows: bytes the server sent and received in the window, and sent per delivered copy. */
        void write(ResultTable table, long copies) {
            String problem = start.problem() != null ? start.problem() : end.problem();
            if (problem != null) {
                table.row("bytes on the server's sockets", "not measured: " + problem);
                return;
            }
            long sent = end.sent() - start.sent();
            table.row("bytes the server sent on port " + port + " in the measured window (ss bytes_acked, "
                            + end.sockets() + " sockets)", sent)
                    .row("bytes the server received on port " + port + " in the window (ss bytes_received)",
                            end.received() - start.received())
                    .row("bytes sent per delivered message copy (sent / seqs members came to hold)",
                            copies <= 0 ? "none to divide by" : String.format(java.util.Locale.ROOT, "%.1f", sent / (double) copies));
        }
    }

    private SocketBytes() {
    }

    static Reading read(int port) {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-tinH", "state", "established", "( sport = :" + port + " )")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return Reading.failed("ss could not run (" + e.getMessage() + ")");
        }
        try {
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ss.waitFor(10, TimeUnit.SECONDS) || ss.exitValue() != 0) {
                return Reading.failed("ss failed: " + out.lines().findFirst().orElse(""));
            }
            long sent = 0;
            long received = 0;
            int sockets = 0;
            for (Matcher m = ACKED.matcher(out); m.find(); ) {
                sent += Long.parseLong(m.group(1));
                sockets++;
            }
            for (Matcher m = RECEIVED.matcher(out); m.find(); ) {
                received += Long.parseLong(m.group(1));
            }
            return new Reading(sent, received, sockets, null);
        } catch (IOException e) {
            return Reading.failed("ss: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reading.failed("interrupted");
        } finally {
            ss.destroy();
        }
    }
}
