package chat.media.internal.application;

import chat.media.api.MediaInfo;
import chat.media.internal.domain.MediaFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** A media file as clients see it: {@code {id, kind, contentType, size, url, thumbnailUrl, width, height, durationMs}}. */
@ApplicationScoped
public class MediaJson {

    @Inject
    MediaLinks links;

    public JsonObject of(MediaFile f) {
        return info(f).toJson();
    }

    /** The file with fresh signed links. */
    public MediaInfo info(MediaFile f) {
        return new MediaInfo(f.id(), f.kind().name(), f.contentType(), f.size(), links.file(f.id()),
                f.hasThumbnail() ? links.thumbnail(f.id()) : null, f.width(), f.height(), f.durationMs());
    }
}
