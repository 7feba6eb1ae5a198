package chat.media.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import chat.media.api.MediaInfo;
import chat.media.internal.domain.MediaKind;
import chat.platform.rest.JsonBinding;

/**
 * The upload's answer, as JSON-B writes it, is the bytes the JSON-P builder wrote and still writes
 * for a message's {@code media}: its fields, in its order, unknowns as null. And the upload's
 * documented media types are the ones the server takes.
 */
class MediaAnswersTest {

    private static final String URL = "/api/v1/media/m1?expires=1796212800&sig=9f86d0";

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    @Test
    void aFreshImageHasItsSizeButNoThumbnailYet() {
        var info = new MediaInfo("m1", "IMAGE", "image/png", 48_213, URL, null, 640, 480, null);
        String expected = "{\"id\":\"m1\",\"kind\":\"IMAGE\",\"contentType\":\"image/png\",\"size\":48213,"
                + "\"url\":\"" + URL + "\",\"thumbnailUrl\":null,\"width\":640,\"height\":480,\"durationMs\":null}";
        assertEquals(expected, json(MediaView.of(info)));
        assertEquals(expected, info.toJson().toString());
    }

    @Test
    void anInspectedVideoHasEveryField() {
        var info = new MediaInfo("m2", "VIDEO", "video/mp4", 9_000_000_000L, URL, URL + "&t", 1920, 1080, 61_250L);
        String expected = "{\"id\":\"m2\",\"kind\":\"VIDEO\",\"contentType\":\"video/mp4\",\"size\":9000000000,"
                + "\"url\":\"" + URL + "\",\"thumbnailUrl\":\"" + URL + "&t\",\"width\":1920,\"height\":1080,"
                + "\"durationMs\":61250}";
        assertEquals(expected, json(MediaView.of(info)));
        assertEquals(expected, info.toJson().toString());
    }

    @Test
    void audioHasNoPicture() {
        var info = new MediaInfo("m3", "AUDIO", "audio/mp4", 1, URL, null, null, null, 3_000L);
        String expected = "{\"id\":\"m3\",\"kind\":\"AUDIO\",\"contentType\":\"audio/mp4\",\"size\":1,"
                + "\"url\":\"" + URL + "\",\"thumbnailUrl\":null,\"width\":null,\"height\":null,\"durationMs\":3000}";
        assertEquals(expected, json(MediaView.of(info)));
        assertEquals(expected, info.toJson().toString());
    }

    @Test
    void theUploadDocumentsEveryTypeTheServerTakesUnderItsOwnKindAndNoOther() throws NoSuchMethodException {
        var upload = Arrays.stream(MediaResource.class.getDeclaredMethods()).filter(m -> m.getName().equals("upload"))
                .findFirst().orElseThrow();
        Set<String> documented = Arrays.stream(upload.getAnnotation(RequestBody.class).content()).map(Content::mediaType)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> taken = Arrays.stream(MediaKind.values())
                .flatMap(kind -> kind.sniffedTypes().stream().filter(type -> MediaKind.declaredBy(type).orElse(null) == kind))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(taken, documented);
    }
}
