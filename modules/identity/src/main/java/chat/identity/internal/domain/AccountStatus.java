package chat.identity.internal.domain;

import java.util.Optional;

/**
 * Whether an account may be used: an operator disables and enables it. Each disabling moves the
 * account's token generation on; a token carries the generation it was issued in, so every token
 * issued before a disabling stays refused after the account is enabled again.
 */
public interface AccountStatus {

    /** An account's state as a token is issued: whether it is disabled, and the generation a new token carries. */
    record Standing(boolean disabled, int tokenGeneration) {
    }

    /** Disables the account and moves its token generation on; false when it was disabled already (nothing changes). */
    boolean disable(String userId);

    /** Enables it again; false when it was not disabled. */
    boolean enable(String userId);

    /** The account's standing, read under a share lock so that a disabling waits for the caller's commit. */
    Optional<Standing> standing(String userId);
}
