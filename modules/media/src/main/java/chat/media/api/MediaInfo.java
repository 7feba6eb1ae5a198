package chat.media.api;

import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A media file as clients see it: {@code url} and {@code thumbnailUrl} are short-lived signed
 * links a browser can put in an {@code <img>} or {@code <video>} tag.
 *
 * @param thumbnailUrl null until a thumbnail or poster exists (never for audio)
 * @param width        null when unknown (audio)
 * @param durationMs   null for images, and where the container does not tell
 */
public record MediaInfo(String id, String kind, String contentType, long size, String url, String thumbnailUrl,
                        Integer width, Integer height, Long durationMs) {

    // JSON-P stays for the message frames messaging builds for WebSockets; REST writes the same bytes (MediaAnswersTest).
    /** {@code {id, kind, contentType, size, url, thumbnailUrl, width, height, durationMs}}, unknowns as null. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("kind", kind)
                .add("contentType", contentType).add("size", size).add("url", url);
        if (thumbnailUrl == null) {
            json.addNull("thumbnailUrl");
        } else {
            json.add("thumbnailUrl", thumbnailUrl);
        }
        number(json, "width", width);
        number(json, "height", height);
        number(json, "durationMs", durationMs);
        return json.build();
    }

    private static void number(JsonObjectBuilder json, String field, Number value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value.longValue());
        }
    }
}
