package chat.media.internal.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaRepository;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class DefaultMediaCatalog implements MediaCatalog {

    @Inject
    MediaRepository files;

    @Inject
    MediaLinks links;

    @Override
    public MediaInfo attach(String mediaId, String userId, String conversationId, String messageType) {
        if (mediaId == null || mediaId.isBlank()) {
            throw new InvalidInputException("mediaId", "is required for " + messageType + " messages");
        }
        MediaFile file = files.find(mediaId).filter(f -> f.uploaderId().equals(userId))
                .orElseThrow(() -> new NotFoundException("no media " + mediaId + " uploaded by you"));
        if (!file.kind().name().equals(messageType)) {
            throw new InvalidInputException("mediaId", "media " + mediaId + " is " + file.kind() + ", not " + messageType);
        }
        files.posted(mediaId, conversationId);
        return links.describe(file);
    }

    @Override
    public MediaInfo share(String mediaId, String fromConversationId, String toConversationId) {
        MediaFile file = files.find(mediaId).filter(f -> files.conversationsOf(mediaId).contains(fromConversationId))
                .orElseThrow(() -> new NotFoundException("no media " + mediaId + " in " + fromConversationId));
        files.posted(mediaId, toConversationId);
        return links.describe(file);
    }

    @Override
    public int withdraw(String conversationId, Collection<String> mediaIds) {
        return mediaIds.isEmpty() ? 0 : files.withdrawn(conversationId, mediaIds);
    }

    @Override
    public Map<String, MediaInfo> describe(Collection<String> mediaIds) {
        Map<String, MediaInfo> described = new LinkedHashMap<>();
        if (!mediaIds.isEmpty()) {
            files.findAll(List.copyOf(mediaIds)).forEach(f -> described.put(f.id(), links.describe(f)));
        }
        return described;
    }
}
