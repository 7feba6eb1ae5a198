package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * What media storage keeps and what it does not: refused uploads leave no file, in the store or in
 * staging; orphans in staging and uploads nobody posted are swept; a large upload is not held to
 * the JSON body limit.
 */
class MediaStorageIT extends ServerIT {

    private static final Path MEDIA_DIR = Path.of(System.getProperty("chat.it.varDir"), "media");

    private static long storedFiles() throws IOException {
        if (!Files.exists(MEDIA_DIR)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(MEDIA_DIR)) {
            return files.filter(Files::isRegularFile).count();
        }
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
        var withLength = api.upload(ann.token(), "image/png", png.toByteArray(), true);
        assertEquals(201, withLength.status(), withLength.raw());
        assertEquals(png.size(), withLength.json().getInt("size"));
        var chunked = api.upload(ann.token(), "image/png", png.toByteArray(), false);
        assertEquals(201, chunked.status(), "streamed without a length too: " + chunked.raw());
    }

    @Test
    void anUploadNobodyPostsIsRemoved() throws Exception {
        var ann = api.newUser();
        byte[] png = Samples.image("png", 64, 48);
        var upload = api.upload(ann.token(), "image/png", png, true);
        assertEquals(201, upload.status(), upload.raw());
        String id = upload.json().getString("id");
        assertEquals(200, api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode());
        // The test server removes uploads not posted within 20 s (CHAT_MEDIA_UNPOSTED_SECONDS), sweeping every 5 s:
        // this one is made older than that rather than waited for.
        try (var c = java.sql.DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var backdate = c.prepareStatement("UPDATE media.files SET created_at = now() - interval '1 minute' WHERE id = ?")) {
            backdate.setString(1, id);
            assertEquals(1, backdate.executeUpdate());
        }
        int status = 200;
        for (int attempt = 0; attempt < 60 && status == 200; attempt++) {
            Thread.sleep(500);
            status = api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode();
        }
        assertEquals(404, status);
    }
}
