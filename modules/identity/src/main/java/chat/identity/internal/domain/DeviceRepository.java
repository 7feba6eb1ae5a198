package chat.identity.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The devices users logged in from. */
public interface DeviceRepository {

    /** Records a login from the device, creating it or renaming it. */
    void upsert(String userId, String deviceId, String deviceName);

    List<Device> ofUser(String userId);

    /** Every device of each of the users, for presence look-ups in one query. */
    Map<String, List<Device>> ofUsers(Collection<String> userIds);

    void touch(String userId, String deviceId);
}
