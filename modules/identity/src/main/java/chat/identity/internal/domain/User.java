package chat.identity.internal.domain;

/**
 * An account.
 *
 * @param passwordHash null when the account cannot log in with a password (bots, operator-made users)
 */
public record User(String id, String username, String passwordHash, String nickname, String avatarUrl) {
}
