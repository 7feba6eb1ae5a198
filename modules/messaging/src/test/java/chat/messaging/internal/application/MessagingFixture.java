package chat.messaging.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.groups.api.PostingRight;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.NotFoundException;

/**
 * The messaging module's use cases wired by hand over in-memory fakes: no CDI, no database, no
 * Infinispan. Transactions do not roll back here, so tests look at what a use case answered and told.
 */
final class MessagingFixture {

    final InMemoryMessages messages = new InMemoryMessages();
    final KnownConversations conversations = new KnownConversations();
    final RecordedMessageEvents events = new RecordedMessageEvents();
    final InMemoryRecentMessages recent = new InMemoryRecentMessages();
    final InMemoryPins pins = new InMemoryPins(messages);
    final InMemoryReactions reactions = new InMemoryReactions(messages);
    final Map<String, UserSummary> users = new HashMap<>();
    /** The senders the rate limit counted, one line per send; refuses when set. */
    final List<String> rateCounted = new ArrayList<>();
    RuntimeException rateRefusal;
    /** Media each uploader may attach, "mediaId|userId". */
    final List<String> uploads = new ArrayList<>();
    final List<String> attached = new ArrayList<>();

    final SendRateLimit rateLimit = new SendRateLimit() {
        @Override
        public void acquire(String senderId, String groupId, PostingRight right) {
            if (rateRefusal != null) {
                throw rateRefusal;
            }
            rateCounted.add(senderId + " " + groupId + " " + right.memberCount());
        }
    };

    final MediaCatalog media = new MediaCatalog() {
        @Override
        public MediaInfo attach(String mediaId, String userId, String conversationId, String messageType) {
            if (!uploads.contains(mediaId + "|" + userId)) {
                throw new NotFoundException("no media " + mediaId + " of yours");
            }
            attached.add(mediaId + " " + conversationId + " " + messageType);
            return null;
        }

        @Override
        public MediaInfo share(String mediaId, String fromConversationId, String toConversationId) {
            if (attached.stream().noneMatch(a -> a.startsWith(mediaId + " " + fromConversationId + " "))) {
                throw new NotFoundException("no media " + mediaId + " in " + fromConversationId);
            }
            attached.add(mediaId + " " + toConversationId + " shared");
            return null;
        }

        @Override
        public int withdraw(String conversationId, Collection<String> mediaIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, MediaInfo> describe(Collection<String> mediaIds) {
            throw new UnsupportedOperationException();
        }
    };

    final UserDirectory userDirectory = new UserDirectory() {
        @Override
        public Map<String, UserSummary> find(Collection<String> userIds) {
            Map<String, UserSummary> found = new HashMap<>();
            userIds.stream().filter(users::containsKey).forEach(id -> found.put(id, users.get(id)));
            return found;
        }

        @Override
        public boolean areContacts(String userA, String userB) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> contactsAmong(String userId, Collection<String> userIds) {
            throw new UnsupportedOperationException();
        }
    };

    void user(String id, String nickname) {
        users.put(id, new UserSummary(id, id, nickname, null));
    }

    Message text(String groupId, long seq, String senderId, Instant sentAt) {
        return messages.put(new Message(groupId, seq, senderId, "m" + seq, MessageType.TEXT, "text " + seq, null,
                sentAt, false));
    }

    Message text(String groupId, long seq, String senderId) {
        return text(groupId, seq, senderId, Instant.now());
    }

    /** The content policy sends are screened by: with an empty word list, every text passes as written. */
    ContentPolicy policy = (place, text, userId, conversationId) -> text;

    /** Sends stored at once on the caller's thread: the batches' committer is not started here. */
    SendMessage sendMessage() {
        var useCase = new SendMessage();
        useCase.conversations = conversations;
        useCase.messages = messages;
        useCase.rateLimit = rateLimit;
        useCase.media = media;
        useCase.batches = new SendBatches();
        useCase.batches.store = storeMessage();
        useCase.forwards = new ForwardMessage();
        useCase.forwards.conversations = conversations;
        useCase.forwards.messages = messages;
        useCase.forwards.rateLimit = rateLimit;
        useCase.forwards.media = media;
        useCase.forwards.batches = useCase.batches;
        useCase.policy = policy;
        useCase.forwards.policy = policy;
        return useCase;
    }

    StoreMessage storeMessage() {
        var useCase = new StoreMessage();
        useCase.messages = messages;
        useCase.events = events;
        useCase.recent = recent;
        return useCase;
    }

    RecallMessage recallMessage() {
        var useCase = new RecallMessage();
        useCase.conversations = conversations;
        useCase.messages = messages;
        useCase.events = events;
        useCase.recent = recent;
        useCase.pins = pins;
        useCase.reactions = reactions;
        return useCase;
    }

    ReactToMessage reactToMessage() {
        var useCase = new ReactToMessage();
        useCase.conversations = conversations;
        useCase.reactions = reactions;
        useCase.events = events;
        useCase.recent = recent;
        return useCase;
    }

    PinMessages pinMessages() {
        var useCase = new PinMessages();
        useCase.conversations = conversations;
        useCase.messages = messages;
        useCase.events = events;
        useCase.pins = pins;
        return useCase;
    }

    HideMessage hideMessage() {
        var useCase = new HideMessage();
        useCase.conversations = conversations;
        useCase.messages = messages;
        useCase.recent = recent;
        return useCase;
    }

    ReadHistory readHistory() {
        var useCase = new ReadHistory();
        useCase.conversations = conversations;
        useCase.messages = messages;
        useCase.recent = recent;
        return useCase;
    }

    RecordSystemMessage recordSystemMessage() {
        var useCase = new RecordSystemMessage();
        useCase.messages = messages;
        useCase.events = events;
        useCase.users = userDirectory;
        useCase.recent = recent;
        return useCase;
    }
}
