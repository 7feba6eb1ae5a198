package chat.app.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket client on a bare socket, for what the JDK's client does not do: one unfragmented
 * text frame of a given length (the JDK's client splits long messages into fragments), possibly
 * followed by only part of its payload.
 */
final class RawFrames {

    private RawFrames() {
    }

    /**
     * Opens {@code /ws}, sends a frame claiming {@code claimed} bytes but writes only {@code sent}
     * of them, and answers the close code the server sent, or 0 when it answered with a text frame.
     */
    static int closeCodeAfterClaiming(String ticket, int claimed, int sent) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET /ws?ticket=" + ticket + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("no handshake answer: " + head);
                }
                head.append((char) b);
            }
            if (!head.toString().startsWith("HTTP/1.1 101")) {
                throw new IOException("not upgraded: " + head);
            }
            out.write(frame(claimed, sent));
            out.flush();
            int first = in.read();
            int length = in.read() & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            }
            byte[] body = in.readNBytes(length);
            return (first & 0x0f) == 8 ? ((body[0] & 0xff) << 8) | (body[1] & 0xff) : 0;
        }
    }

    /** A masked text frame of a ping padded to {@code claimed} bytes, cut after {@code sent} bytes of payload. */
    private static byte[] frame(int claimed, int sent) {
        String prefix = "{\"type\":\"ping\",\"pad\":\"";
        String suffix = "\"}";
        byte[] payload = (prefix + "p".repeat(claimed - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (claimed < 126) {
            frame.write(0x80 | claimed);
        } else if (claimed < 65_536) {
            frame.write(0x80 | 126);
            frame.write(claimed >> 8);
            frame.write(claimed & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) claimed >> shift) & 0xff);
            }
        }
        byte[] mask = {11, 22, 33, 44};
        frame.writeBytes(mask);
        for (int i = 0; i < Math.min(sent, payload.length); i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        return frame.toByteArray();
    }
}
