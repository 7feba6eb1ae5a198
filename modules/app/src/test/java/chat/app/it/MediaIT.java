package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Media: real uploads sniffed from their bytes, thumbnails and posters, and downloads with ranges (refusals and clean-up: {@link MediaStorageIT}). */
class MediaIT extends ServerIT {

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
}
