package chat.groups.api;

/** Why a member may post now: their role, and how large the conversation is (large ones post slower). */
public record PostingRight(Role role, int memberCount) {
}
