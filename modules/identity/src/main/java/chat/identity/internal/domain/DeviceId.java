package chat.identity.internal.domain;

import java.util.UUID;
import java.util.regex.Pattern;

import chat.platform.errors.InvalidInputException;

/** A device's id: chosen by the client (1 to 64 of {@code [A-Za-z0-9_-]}) or given by the server. */
public final class DeviceId {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private DeviceId() {
    }

    public static String checkOrCreate(String requested) {
        if (requested == null) {
            return UUID.randomUUID().toString();
        }
        if (!ALLOWED.matcher(requested).matches()) {
            throw new InvalidInputException("deviceId", "must be 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'");
        }
        return requested;
    }

    public static String checkName(String name) {
        if (name != null && name.length() > 64) {
            throw new InvalidInputException("deviceName", "must be at most 64 characters");
        }
        return name;
    }
}
