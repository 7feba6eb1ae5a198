package chat.identity.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The devices that hear nothing live now: offline push is for them. */
public interface OfflineDevices {

    /** Of these users' devices, those with no live connection, by user (a user with none is absent). */
    Map<String, List<String>> of(Collection<String> userIds);
}
