package chat.identity.api;

/** What other modules and clients may know of a user. */
public record UserSummary(String id, String username, String nickname, String avatarUrl) {
}
