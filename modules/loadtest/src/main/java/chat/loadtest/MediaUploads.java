package chat.loadtest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Uploads and thumbnail polls for the {@code media} scenario, over their own HTTP/1.1 client
 * (large bodies streamed, never held whole).
 */
final class MediaUploads {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    MediaUploads(URI base) {
        this.base = base;
    }

    /** POSTs the stream as {@code contentType}; answers the server's media JSON. */
    JsonObject upload(String token, String contentType, long length, InputStream body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/media")).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), length))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IOException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** True once the thumbnail can be downloaded. */
    boolean thumbnailReady(String token, String mediaId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/media/" + mediaId + "/thumbnail"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /**
     * {@code bytes} that sniff as an MP4 video: an {@code ftyp} box, then filler made on the fly
     * (the server keeps it as video; it has no frame to make a poster of).
     */
    static InputStream mp4Shaped(long bytes) {
        byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        return new SequenceInputStream(new ByteArrayInputStream(ftyp), new Filler(bytes - ftyp.length));
    }

    /** Deterministic filler bytes, made as they are read. */
    static final class Filler extends InputStream {

        private long left;

        Filler(long bytes) {
            this.left = bytes;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            int value = (int) (left * 31 & 0xff);
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((left - i) * 31);
            }
            left -= n;
            return n;
        }
    }
}
