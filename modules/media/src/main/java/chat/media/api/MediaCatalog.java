package chat.media.api;

import java.util.Collection;
import java.util.Map;

/** The messaging module's questions about media. */
public interface MediaCatalog {

    /**
     * Records that the uploader posts the media into a conversation, whose members may then
     * download it; 404 unless the media exists and the user uploaded it, 400 when its kind is not
     * the message's ({@code IMAGE}, {@code AUDIO}, {@code VIDEO}). Runs in the caller's transaction.
     */
    MediaInfo attach(String mediaId, String userId, String conversationId, String messageType);

    /**
     * A forward: the media, posted in {@code fromConversationId}, is posted in
     * {@code toConversationId} too, whose members may then download it (the caller checked that
     * the forwarder may read it); 404 unless the file exists and was posted there. Runs in the
     * caller's transaction.
     */
    MediaInfo share(String mediaId, String fromConversationId, String toConversationId);

    /**
     * The files are no longer posted in the conversation (retention removed the messages that
     * showed them): its members can no longer download them, and a file posted nowhere is removed
     * with its bytes by the next sweep of unposted uploads. Runs in the caller's transaction;
     * answers how many were posted there.
     */
    int withdraw(String conversationId, Collection<String> mediaIds);

    /** The media of these ids that exist, with fresh signed links. */
    Map<String, MediaInfo> describe(Collection<String> mediaIds);
}
