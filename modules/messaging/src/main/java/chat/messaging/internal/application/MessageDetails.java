package chat.messaging.internal.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.ReactionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a page of messages shows beside its rows: its media, described in one question to the
 * media module (fresh signed links), and which of its reactions are the reader's own, asked only
 * when a message of the page has any (so a pull of new messages costs no query). The REST answers
 * and the WebSocket frames both ask here, so a message reads the same whichever way it comes.
 */
@ApplicationScoped
public class MessageDetails {

    @Inject
    MediaCatalog media;

    @Inject
    ReactionRepository reactions;

    /**
     * A message with the description of its media (null for text, red packets, recalled media and
     * files gone) and the emoji its reader reacted with.
     */
    public record Detailed(Message message, MediaInfo media, Set<String> myReactions) {
    }

    /** For no reader in particular (a notify item: a new message, which nobody has reacted to yet). */
    public List<Detailed> of(List<Message> messages) {
        return of(messages, null);
    }

    public List<Detailed> of(List<Message> messages, String readerId) {
        List<String> mediaIds = messages.stream().filter(MessageDetails::carriesMedia)
                .map(Message::attachmentId).distinct().toList();
        Map<String, MediaInfo> described = mediaIds.isEmpty() ? Map.of() : media.describe(mediaIds);
        Map<Long, Set<String>> mine = mine(messages, readerId);
        return messages.stream().map(m -> new Detailed(m, carriesMedia(m) ? described.get(m.attachmentId()) : null,
                mine.getOrDefault(m.seq(), Set.of()))).toList();
    }

    /** A page is of one conversation; only the messages with reactions are asked about. */
    private Map<Long, Set<String>> mine(List<Message> messages, String readerId) {
        List<Message> reacted = messages.stream().filter(m -> !m.reactions().isEmpty()).toList();
        if (readerId == null || reacted.isEmpty()) {
            return Map.of();
        }
        return reactions.mine(reacted.get(0).groupId(), reacted.stream().map(Message::seq).toList(), readerId);
    }

    /** A recalled message has no attachment left: asking an immutable map for a null id would throw. */
    private static boolean carriesMedia(Message m) {
        return m.type().isMedia() && !m.recalled() && m.attachmentId() != null;
    }
}
