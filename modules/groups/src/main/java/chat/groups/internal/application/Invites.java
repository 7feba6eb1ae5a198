package chat.groups.internal.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Join links: owner and admins make a code (7 days by default); anyone logged in joins with it. */
@ApplicationScoped
public class Invites {

    public static final long DEFAULT_TTL_HOURS = 7 * 24;
    public static final long MAX_TTL_HOURS = 30 * 24;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    InviteCodes codes;

    @Inject
    Seats seats;

    /** A code and how long it works. */
    public record Invite(String code, String groupId, Instant expiresAt) {
    }

    public Invite create(String callerId, String groupId, Long ttlHours) {
        long hours = ttlHours == null ? DEFAULT_TTL_HOURS : ttlHours;
        if (hours < 1 || hours > MAX_TTL_HOURS) {
            throw new InvalidInputException("ttlHours", "must be 1 to " + MAX_TTL_HOURS);
        }
        var seat = access.ofGroup(groupId, callerId);
        GroupRules.mustManage(seat.member().role());
        Duration lifespan = Duration.ofHours(hours);
        String code;
        do {
            code = newCode();
        } while (!codes.store(code, groupId, lifespan));
        return new Invite(code, groupId, Instant.now().plus(lifespan));
    }

    /** Joins the caller to the code's group; a member already in it just gets the group. */
    @Transactional
    public Conversation accept(String callerId, String code) {
        String groupId = codes.groupOf(code).orElseThrow(() -> new NotFoundException("no such invite, or it expired"));
        Conversation group = conversations.find(groupId)
                .orElseThrow(() -> new NotFoundException("the group of this invite is gone"));
        if (members.find(groupId, callerId).isEmpty()) {
            seats.add(group, List.of(callerId), Role.MEMBER, callerId);
        }
        return conversations.find(groupId).orElseThrow();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
