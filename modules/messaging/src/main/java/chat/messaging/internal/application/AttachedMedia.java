package chat.messaging.internal.application;

import java.util.List;
import java.util.Map;

import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The media a page of messages carries, described in one question to the media module (fresh
 * signed links). The REST answers and the WebSocket frames both ask here, so a message shows the
 * same media whichever way it reaches a client.
 */
@ApplicationScoped
public class AttachedMedia {

    @Inject
    MediaCatalog media;

    /** A message and the description of its media: null for text, red packets, recalled media and files gone. */
    public record WithMedia(Message message, MediaInfo media) {
    }

    public List<WithMedia> of(List<Message> messages) {
        List<String> mediaIds = messages.stream().filter(AttachedMedia::carriesMedia)
                .map(Message::attachmentId).distinct().toList();
        Map<String, MediaInfo> described = mediaIds.isEmpty() ? Map.of() : media.describe(mediaIds);
        return messages.stream()
                .map(m -> new WithMedia(m, carriesMedia(m) ? described.get(m.attachmentId()) : null))
                .toList();
    }

    /** A recalled message has no attachment left: asking an immutable map for a null id would throw. */
    private static boolean carriesMedia(Message m) {
        return m.type().isMedia() && !m.recalled() && m.attachmentId() != null;
    }
}
