package chat.identity.internal.domain;

import java.time.Instant;

/**
 * An account as the operator lists it.
 *
 * @param lastSeenAt when one of its devices was last seen; null when it never logged in
 */
public record AccountSummary(String id, String username, String nickname, boolean disabled, Instant createdAt,
                             Instant lastSeenAt) {
}
