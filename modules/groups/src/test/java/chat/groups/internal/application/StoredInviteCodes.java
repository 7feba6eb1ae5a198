package chat.groups.internal.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invite codes in a map; the first few stores can be made to find their code taken. */
class StoredInviteCodes implements InviteCodes {

    final Map<String, String> groups = new HashMap<>();
    final Map<String, Duration> lifespans = new HashMap<>();
    final List<String> tried = new ArrayList<>();
    int takenBeforeAFreeOne;

    @Override
    public boolean store(String code, String groupId, Duration lifespan) {
        tried.add(code);
        if (takenBeforeAFreeOne > 0) {
            takenBeforeAFreeOne--;
            return false;
        }
        if (groups.containsKey(code)) {
            return false;
        }
        groups.put(code, groupId);
        lifespans.put(code, lifespan);
        return true;
    }

    @Override
    public Optional<String> groupOf(String code) {
        return Optional.ofNullable(groups.get(code));
    }
}
