package chat.unread.internal.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.Membership;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.messaging.api.MessageSenders;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.ReadCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who has read a message, derived from the members' read cursors (a member has read it when their
 * cursor is at or past its seq): never a row per message per member. Its sender, the owner and
 * admins ask, in conversations of up to {@value #MAX_MEMBERS} members.
 */
@ApplicationScoped
public class ReadReceipts {

    public static final int MAX_MEMBERS = 100;

    @Inject
    ConversationDirectory directory;

    @Inject
    MessageSenders senders;

    @Inject
    CursorMoves cursors;

    @Inject
    UserDirectory users;

    /** The members other than its sender who read it (by nickname) and how many did not. */
    public record Receipts(int readCount, int unreadCount, List<UserSummary> readers) {
    }

    public Receipts of(String userId, String groupId, long seq) {
        ReadCursor.requireValid(seq);
        Membership member = directory.membership(groupId, userId)
                .orElseThrow(() -> new NotFoundException("no conversation " + groupId + " of yours"));
        String senderId = senders.senderOf(groupId, seq)
                .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
        if (!senderId.equals(userId) && !member.role().manages()) {
            throw new ForbiddenException("only its sender, the owner and admins see who read a message");
        }
        List<String> others = directory.broadcastAudience(groupId).filter(members -> members.size() <= MAX_MEMBERS)
                .orElseThrow(() -> new ForbiddenException("read receipts are kept in conversations of up to "
                        + MAX_MEMBERS + " members"))
                .stream().filter(id -> !id.equals(senderId)).toList();
        Map<String, Long> read = cursors.currentIn(groupId, others);
        List<String> readerIds = others.stream().filter(id -> read.getOrDefault(id, 0L) >= seq).toList();
        Map<String, UserSummary> found = users.find(readerIds);
        List<UserSummary> readers = readerIds.stream().map(found::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(UserSummary::nickname, Comparator.nullsLast(String::compareToIgnoreCase)))
                .toList();
        return new Receipts(readerIds.size(), others.size() - readerIds.size(), readers);
    }
}
