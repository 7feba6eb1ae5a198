package chat.groups.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One page of a conversation's members in user-id order: an index range, as fast at a million members. */
@ApplicationScoped
public class ListMembers {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    Access access;

    @Inject
    MemberRepository members;

    @Inject
    UserDirectory users;

    /** A page and the cursor of the next one (null on the last page). */
    public record Page(List<Member> members, Map<String, UserSummary> users, String next) {
    }

    public Page page(String callerId, String conversationId, String after, Integer limit) {
        int size = size(limit);
        access.of(conversationId, callerId);
        return read(conversationId, after, size);
    }

    /** For the operator, who is no member: any live conversation. */
    public Page byOperator(String conversationId, String after, Integer limit) {
        int size = size(limit);
        access.conversation(conversationId);
        return read(conversationId, after, size);
    }

    private static int size(Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        return size;
    }

    private Page read(String conversationId, String after, int size) {
        List<Member> page = members.page(conversationId, after, size);
        String next = page.size() == size ? page.get(page.size() - 1).userId() : null;
        return new Page(page, users.find(page.stream().map(Member::userId).toList()), next);
    }
}
