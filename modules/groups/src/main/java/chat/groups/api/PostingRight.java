package chat.groups.api;

/**
 * Why a member may post now: their role, how large the conversation is (large ones post slower)
 * and whether it is a direct (1:1) chat.
 */
public record PostingRight(Role role, int memberCount, boolean direct) {
}
