package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Media: real uploads sniffed from their bytes, thumbnails and posters, downloads with ranges, and refusals that leave nothing. */
class MediaIT extends ServerIT {

    private static final Path MEDIA_DIR = Path.of(System.getProperty("chat.it.varDir"), "media");

    private JsonObject uploaded(Api.TestUser user, String contentType, byte[] bytes) {
        var answer = api.upload(user.token(), contentType, bytes, true);
        assertEquals(201, answer.status(), answer.raw());
        return answer.json();
    }

    private JsonObject post(Api.TestUser sender, String gid, String type, String mediaId) {
        var sent = api.post("/api/v1/groups/" + gid + "/messages", sender.token(), Json.createObjectBuilder()
                .add("clientMsgId", Api.uniqueName()).add("type", type).add("mediaId", mediaId).build());
        assertEquals(201, sent.status(), sent.raw());
        return sent.json();
    }

    /** The message's media as a member reads it, once it satisfies the test (thumbnails come a moment later). */
    private JsonObject mediaOnceThat(Api.TestUser reader, String gid, long seq, Predicate<JsonObject> wanted) throws Exception {
        JsonObject media = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            media = api.get("/api/v1/groups/" + gid + "/messages?after=" + (seq - 1) + "&until=" + seq, reader.token())
                    .json().getJsonArray("items").getJsonObject(0).getJsonObject("media");
            if (wanted.test(media)) {
                return media;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the media never became what the test waits for: " + media);
    }

    private static long storedFiles() throws IOException {
        if (!Files.exists(MEDIA_DIR)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(MEDIA_DIR)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static BufferedImage decoded(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aPngIsSniffedThumbnailedAndDownloadedByMembersOnly() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        byte[] png = Samples.image("png", 1200, 800);

        JsonObject file = uploaded(ann, "image/png", png);
        assertEquals("IMAGE", file.getString("kind"));
        assertEquals("image/png", file.getString("contentType"));
        assertEquals(png.length, file.getInt("size"));
        assertEquals(1200, file.getInt("width"));
        assertEquals(800, file.getInt("height"));
        String id = file.getString("id");

        assertEquals(404, api.bytes("/api/v1/media/" + id, bob.token(), null).statusCode(), "not posted to bob yet");
        assertEquals(200, api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode(), "the uploader may");
        long seq = post(ann, gid, "IMAGE", id).getInt("seq");

        HttpResponse<byte[]> whole = api.bytes("/api/v1/media/" + id, bob.token(), null);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(png, whole.body());
        assertEquals("image/png", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(png.length), whole.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(whole.headers().firstValue("ETag").isPresent());

        HttpResponse<byte[]> part = api.bytes("/api/v1/media/" + id, bob.token(), "bytes=100-1099");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(png, 100, 1100), part.body());
        assertEquals("bytes 100-1099/" + png.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(416, api.bytes("/api/v1/media/" + id, bob.token(), "bytes=" + png.length + "-").statusCode());

        assertEquals(404, api.bytes("/api/v1/media/" + id, outsider.token(), null).statusCode());
        assertEquals(404, api.bytes("/api/v1/media/" + id, null, null).statusCode(), "neither token nor signature");

        JsonObject media = mediaOnceThat(bob, gid, seq, m -> !m.isNull("thumbnailUrl"));
        assertEquals(id, media.getString("id"));
        HttpResponse<byte[]> signed = api.bytes(media.getString("url"), null, null);
        assertEquals(200, signed.statusCode(), "a signed link works in an <img> tag, without a token");
        assertArrayEquals(png, signed.body());
        assertEquals(404, api.bytes(media.getString("url") + "0", null, null).statusCode(), "a signature not ours");
        HttpResponse<byte[]> thumbnail = api.bytes(media.getString("thumbnailUrl"), null, null);
        assertEquals(200, thumbnail.statusCode());
        assertEquals("image/jpeg", thumbnail.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(thumbnail.body().length < png.length);
        BufferedImage small = decoded(thumbnail.body());
        assertEquals(320, Math.max(small.getWidth(), small.getHeight()));
        assertEquals(404, api.bytes("/api/v1/media/" + id + "/thumbnail", outsider.token(), null).statusCode());
    }

    @Test
    void aJpegAndAVideoGetThumbnailsAndTheVideoItsSizeAndDuration() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);

        byte[] jpeg = Samples.image("jpg", 2000, 1500);
        JsonObject photo = uploaded(ann, "image/jpeg", jpeg);
        assertEquals("image/jpeg", photo.getString("contentType"));
        long photoSeq = post(ann, gid, "IMAGE", photo.getString("id")).getInt("seq");
        JsonObject photoMedia = mediaOnceThat(bob, gid, photoSeq, m -> !m.isNull("thumbnailUrl"));
        byte[] photoThumb = api.bytes(photoMedia.getString("thumbnailUrl"), null, null).body();
        assertTrue(photoThumb.length < jpeg.length);
        assertEquals(320, decoded(photoThumb).getWidth());

        byte[] mp4 = Samples.video(320, 240, 20);
        JsonObject video = uploaded(ann, "video/mp4", mp4);
        assertEquals("VIDEO", video.getString("kind"));
        // jcodec's muxer brands its MP4 as QuickTime ('qt  '), and the type comes from the bytes, not the header.
        assertEquals("video/quicktime", video.getString("contentType"));
        long videoSeq = post(ann, gid, "VIDEO", video.getString("id")).getInt("seq");
        JsonObject videoMedia = mediaOnceThat(bob, gid, videoSeq, m -> !m.isNull("thumbnailUrl"));
        assertEquals(320, videoMedia.getInt("width"));
        assertEquals(240, videoMedia.getInt("height"));
        assertEquals(2_000, videoMedia.getJsonNumber("durationMs").longValue(), 200, "20 frames at 10 per second");
        HttpResponse<byte[]> poster = api.bytes(videoMedia.getString("thumbnailUrl"), null, null);
        assertEquals(200, poster.statusCode());
        assertTrue(poster.body().length < mp4.length);
        assertEquals(320, decoded(poster.body()).getWidth(), "the poster is a decoded frame");
        HttpResponse<byte[]> seek = api.bytes("/api/v1/media/" + video.getString("id"), bob.token(), "bytes=-500");
        assertEquals(206, seek.statusCode());
        assertArrayEquals(Arrays.copyOfRange(mp4, mp4.length - 500, mp4.length), seek.body());
    }

    @Test
    void anAudioFileTellsItsDuration() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        byte[] wav = Samples.wav(1_500);
        JsonObject audio = uploaded(ann, "audio/wav", wav);
        assertEquals("AUDIO", audio.getString("kind"));
        long seq = post(ann, gid, "AUDIO", audio.getString("id")).getInt("seq");
        JsonObject media = mediaOnceThat(bob, gid, seq, m -> !m.isNull("durationMs"));
        assertEquals(1_500, media.getJsonNumber("durationMs").longValue());
        assertTrue(media.isNull("thumbnailUrl"));
        assertArrayEquals(wav, api.bytes(media.getString("url"), null, null).body());
    }

    @Test
    void bytesThatAreNotWhatTheyClaimOrTooLargeAreRefusedAndLeaveNothing() throws Exception {
        var ann = api.newUser();
        long before = storedFiles();

        var exe = api.upload(ann.token(), "image/png", Samples.executable(), true);
        assertEquals(415, exe.status(), exe.raw());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", exe.errorCode());
        assertEquals(415, api.upload(ann.token(), "video/mp4", Samples.image("png", 10, 10), true).status(),
                "an image posing as a video");
        assertEquals(415, api.upload(ann.token(), "text/plain", "hello".getBytes(), true).status());
        assertEquals(415, api.upload(ann.token(), null, Samples.image("png", 10, 10), true).status());

        byte[] big = new byte[3_500_000];
        System.arraycopy(Samples.image("png", 10, 10), 0, big, 0, 100);
        var declared = api.upload(ann.token(), "image/png", big, true);
        assertEquals(413, declared.status(), declared.raw());
        assertEquals("TOO_LARGE", declared.errorCode());
        assertEquals(413, api.upload(ann.token(), "image/png", big, false).status(), "streamed without a length");
        var bomb = api.upload(ann.token(), "image/png", Samples.pngClaiming(60_000, 60_000), true);
        assertEquals(413, bomb.status(), "huge dimensions in a small file: " + bomb.raw());
        assertEquals(401, api.upload(null, "image/png", Samples.image("png", 10, 10), true).status());

        assertEquals(before, storedFiles(), "refused uploads leave no file");
    }

    private static long stagedFiles() throws IOException {
        Path staging = MEDIA_DIR.resolve("staging");
        if (!Files.exists(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        }
    }

    @Test
    void unreadableImageHeadersAre415AndLeaveNothingInStaging() throws Exception {
        var ann = api.newUser();
        long before = storedFiles();
        byte[] gif = Samples.image("gif", 40, 30);

        var noWidth = api.upload(ann.token(), "image/png", Samples.pngClaiming(0, 10), true);
        assertEquals(415, noWidth.status(), "a PNG of width 0: " + noWidth.raw());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", noWidth.errorCode());
        var truncated = api.upload(ann.token(), "image/gif", Arrays.copyOf(gif, 10), true);
        assertEquals(415, truncated.status(), "a GIF cut inside its header: " + truncated.raw());
        var noDescriptor = api.upload(ann.token(), "image/gif", Arrays.copyOf(gif, 14), false);
        assertEquals(415, noDescriptor.status(), "a GIF cut before its first image: " + noDescriptor.raw());

        assertEquals(0, stagedFiles(), "staging keeps nothing of a refused upload");
        assertEquals(before, storedFiles(), "and nothing is stored");
    }

    @Test
    void anOrphanStagedFileIsSweptAndAFreshOneIsNot() throws Exception {
        Path staging = Files.createDirectories(MEDIA_DIR.resolve("staging"));
        Path orphan = Files.write(staging.resolve("orphan-" + Api.uniqueName()), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path fresh = Files.write(staging.resolve("fresh-" + Api.uniqueName()), new byte[] {4});
        try {
            // Staged files older than the test server's unposted lifetime (20 s) go at the next sweep (every 5 s).
            for (int attempt = 0; attempt < 30 && Files.exists(orphan); attempt++) {
                Thread.sleep(500);
            }
            assertTrue(!Files.exists(orphan), "the orphan was swept");
            assertTrue(Files.exists(fresh), "a file younger than the lifetime may be an upload in progress");
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    @Test
    void anUploadPastTheJsonBodyLimitIsStillAccepted() throws Exception {
        var ann = api.newUser();
        BufferedImage noise = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(15);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        assertTrue(png.size() > 1_048_576, "the sample is past 1 MiB: " + png.size());
        assertEquals(png.size(), uploaded(ann, "image/png", png.toByteArray()).getInt("size"));
        var chunked = api.upload(ann.token(), "image/png", png.toByteArray(), false);
        assertEquals(201, chunked.status(), "streamed without a length too: " + chunked.raw());
    }

    @Test
    void mediaAnswersSayNosniff() throws Exception {
        var ann = api.newUser();
        String id = uploaded(ann, "image/png", Samples.image("png", 20, 20)).getString("id");
        HttpResponse<byte[]> download = api.bytes("/api/v1/media/" + id, ann.token(), null);
        assertEquals(200, download.statusCode());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("nosniff", api.bytes("/api/v1/media/" + id + "/thumbnail", ann.token(), null).headers()
                .firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void onlyTheUploaderPostsAMediaIdAndOnlyAsItsKind() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String id = uploaded(ann, "image/png", Samples.image("png", 40, 40)).getString("id");
        String path = "/api/v1/groups/" + gid + "/messages";
        assertEquals(404, api.post(path, bob.token(), Json.createObjectBuilder().add("clientMsgId", "b-1")
                .add("type", "IMAGE").add("mediaId", id).build()).status(), "bob did not upload it");
        assertEquals(400, api.post(path, ann.token(), Json.createObjectBuilder().add("clientMsgId", "a-1")
                .add("type", "AUDIO").add("mediaId", id).build()).status(), "an image is not audio");
        assertEquals(400, api.post(path, ann.token(), Json.createObjectBuilder().add("clientMsgId", "a-2")
                .add("type", "IMAGE").build()).status(), "no mediaId");
        assertEquals(0, api.get(path + "?after=0", bob.token()).json().getJsonArray("items").size());
    }

    @Test
    void anUploadNobodyPostsIsRemoved() throws Exception {
        var ann = api.newUser();
        byte[] png = Samples.image("png", 64, 48);
        String id = uploaded(ann, "image/png", png).getString("id");
        assertEquals(200, api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode());
        // The test server removes uploads not posted within 20 s (CHAT_MEDIA_UNPOSTED_SECONDS), sweeping every 5 s.
        int status = 200;
        for (int attempt = 0; attempt < 60 && status == 200; attempt++) {
            Thread.sleep(1_000);
            status = api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode();
        }
        assertEquals(404, status);
    }
}
