package chat.groups.internal.domain;

/**
 * A conversation as one member sees it in their list.
 *
 * @param peerId the other person of a direct chat; null for a group
 */
public record MyConversation(Conversation conversation, Member member, String peerId) {
}
