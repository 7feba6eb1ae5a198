package chat.groups.internal.application;

import java.time.Duration;
import java.util.Optional;

/** Join codes that point at a group for a while, seen by every node. */
public interface InviteCodes {

    /** Stores a new code; false when the code is taken (the caller draws another). */
    boolean store(String code, String groupId, Duration lifespan);

    Optional<String> groupOf(String code);
}
