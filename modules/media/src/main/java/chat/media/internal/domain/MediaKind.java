package chat.media.internal.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of media, each with the types the server takes once they are sniffed from the bytes. */
public enum MediaKind {
    IMAGE(Set.of("image/png", "image/jpeg", "image/gif")),
    AUDIO(Set.of("audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/ogg", "audio/opus", "audio/vorbis", "audio/vnd.wave",
            "audio/wav", "audio/x-wav", "audio/webm", "audio/aac", "audio/x-aac", "video/mp4", "application/ogg")),
    VIDEO(Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-matroska", "video/3gpp"));

    private final Set<String> sniffedTypes;

    MediaKind(Set<String> sniffedTypes) {
        this.sniffedTypes = sniffedTypes;
    }

    /** The kind a declared {@code Content-Type} asks for: its top-level type. */
    public static Optional<MediaKind> declaredBy(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String top = contentType.split("/", 2)[0].trim().toUpperCase(Locale.ROOT);
        for (MediaKind kind : values()) {
            if (kind.name().equals(top)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The types bytes of this kind may sniff as (what the upload's OpenAPI document lists). */
    public Set<String> sniffedTypes() {
        return sniffedTypes;
    }

    /** True when bytes sniffed as {@code type} are media of this kind (an M4A file sniffs as MP4 too). */
    public boolean accepts(String sniffedType) {
        return sniffedTypes.contains(sniffedType);
    }
}
