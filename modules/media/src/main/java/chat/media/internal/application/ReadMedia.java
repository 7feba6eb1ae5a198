package chat.media.internal.application;

import chat.groups.api.ConversationDirectory;
import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may download: the uploader, the members of a conversation the file was posted in, and
 * whoever holds a valid signed link (which the server hands only to those). Anyone else is told
 * the file does not exist.
 */
@ApplicationScoped
public class ReadMedia {

    @Inject
    MediaRepository files;

    @Inject
    ConversationDirectory conversations;

    @Inject
    MediaLinks links;

    /** The file for a signed link, or for the user (null when the request carries no token). */
    public MediaFile open(String id, String userId, boolean thumbnail, String expires, String sig) {
        MediaFile file = files.find(id).orElseThrow(() -> notFound(id));
        boolean allowed = links.valid(id, thumbnail, expires, sig) || (userId != null && (userId.equals(file.uploaderId())
                || files.conversationsOf(id).stream().anyMatch(c -> conversations.membership(c, userId).isPresent())));
        if (!allowed) {
            throw notFound(id);
        }
        if (thumbnail && !file.hasThumbnail()) {
            throw new NotFoundException("media " + id + " has no thumbnail (yet: they are made a moment after the upload)");
        }
        return file;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no media " + id + " for you");
    }
}
