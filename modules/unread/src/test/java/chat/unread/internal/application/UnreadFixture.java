package chat.unread.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import chat.groups.api.ConversationActivity;
import chat.groups.api.ConversationDirectory;
import chat.groups.api.ConversationProfile;
import chat.groups.api.LastMessage;
import chat.groups.api.Membership;
import chat.groups.api.PostingRight;
import chat.groups.api.Role;
import chat.identity.api.UserEvents;
import jakarta.json.JsonObject;

/**
 * The unread module's use cases wired by hand: the real LastSeqView over an in-memory messaging
 * module's last seqs, in-memory cursors, and user events that are only recorded.
 */
final class UnreadFixture {

    /** The last seqs as the messaging module (the database) has them. */
    final Map<String, Long> stored = new HashMap<>();
    final List<Collection<String>> activityAsked = new ArrayList<>();
    final Map<String, List<String>> conversationsOf = new LinkedHashMap<>();
    final PendingCursors cursors = new PendingCursors();
    final LastSeqView lastSeqs = new LastSeqView();
    final RecordedMentions mentions = new RecordedMentions();
    final List<String> told = new ArrayList<>();
    final List<JsonObject> frames = new ArrayList<>();
    /** The cursor moves told to the receipts, "groupId userId seq". */
    final List<String> receiptMoves = new ArrayList<>();

    final ReceiptNotices receipts = new ReceiptNotices() {
        @Override
        public void moved(String groupId, String userId, long seq) {
            receiptMoves.add(groupId + " " + userId + " " + seq);
        }
    };

    final ConversationActivity activity = new ConversationActivity() {
        @Override
        public Map<String, Long> lastSeqs(Collection<String> ids) {
            activityAsked.add(List.copyOf(ids));
            Map<String, Long> found = new HashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public Map<String, LastMessage> lastMessages(Collection<String> ids, String userId) {
            throw new UnsupportedOperationException("the unread module reads seqs only");
        }
    };

    final ConversationDirectory directory = new ConversationDirectory() {
        @Override
        public Optional<Membership> membership(String conversationId, String userId) {
            return conversationsOf.getOrDefault(userId, List.of()).contains(conversationId)
                    ? Optional.of(new Membership(conversationId, userId, Role.MEMBER, null, false))
                    : Optional.empty();
        }

        @Override
        public PostingRight mayPost(String conversationId, String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<List<String>> broadcastAudience(String conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> membersAmong(String conversationId, Collection<String> userIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> memberIds(String conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ConversationProfile> profile(String conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> conversationIdsOf(String userId) {
            return conversationsOf.getOrDefault(userId, List.of());
        }
    };

    final UserEvents userEvents = new UserEvents() {
        @Override
        public void publish(Collection<String> recipients, JsonObject frame) {
            throw new AssertionError("a read cursor is a passing state: told at once, never through the outbox");
        }

        @Override
        public void publishNow(Collection<String> recipients, JsonObject frame, String exceptDeviceId) {
            frames.add(frame);
            told.add(frame.getString("event") + " " + frame.getString("groupId") + " " + frame.getJsonNumber("seq")
                    + " to " + recipients + " but " + exceptDeviceId);
        }
    };

    UnreadFixture() {
        lastSeqs.activity = activity;
    }

    void member(String userId, String... conversationIds) {
        conversationsOf.put(userId, List.of(conversationIds));
    }

    UnreadOverview unreadOverview() {
        var useCase = new UnreadOverview();
        useCase.directory = directory;
        useCase.lastSeqs = lastSeqs;
        useCase.cursors = cursors;
        useCase.mentions = mentions;
        return useCase;
    }

    MentionsOfSends mentionsOfSends() {
        var useCase = new MentionsOfSends();
        useCase.marks = mentions;
        return useCase;
    }

    MoveReadCursor moveReadCursor() {
        var useCase = new MoveReadCursor();
        useCase.directory = directory;
        useCase.lastSeqs = lastSeqs;
        useCase.cursors = cursors;
        useCase.userEvents = userEvents;
        useCase.receipts = receipts;
        return useCase;
    }
}
