package chat.media.internal.infrastructure;

import java.io.StringReader;
import java.time.Instant;

import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaKind;
import chat.platform.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A file's final metadata (once inspected) as a cache entry (caches hold strings, which marshal without a schema). */
final class MediaFileJson {

    private MediaFileJson() {
    }

    static String of(MediaFile f) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", f.id()).add("uploader", f.uploaderId())
                .add("kind", f.kind().name()).add("type", f.contentType()).add("size", f.size()).add("sha", f.sha256())
                .add("at", f.createdAt().toString());
        if (f.width() != null) {
            json.add("w", f.width()).add("h", f.height());
        }
        if (f.durationMs() != null) {
            json.add("ms", f.durationMs());
        }
        if (f.hasThumbnail()) {
            json.add("thumb", f.thumbnailSha256()).add("thumbType", f.thumbnailType()).add("thumbSize", f.thumbnailSize());
        }
        return json.build().toString();
    }

    static MediaFile parse(String text) {
        JsonObject j = Json.createReader(new StringReader(text)).readObject();
        return new MediaFile(j.getString("id"), j.getString("uploader"), MediaKind.valueOf(j.getString("kind")),
                j.getString("type"), j.getJsonNumber("size").longValue(), j.getString("sha"),
                j.containsKey("w") ? j.getInt("w") : null, j.containsKey("h") ? j.getInt("h") : null,
                j.containsKey("ms") ? j.getJsonNumber("ms").longValue() : null, j.getString("thumb", null),
                j.getString("thumbType", null), j.get("thumbSize") instanceof JsonNumber n ? n.longValue() : null,
                Instant.parse(j.getString("at")), true);
    }
}
