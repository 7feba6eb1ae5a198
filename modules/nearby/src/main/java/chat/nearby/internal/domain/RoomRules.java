package chat.nearby.internal.domain;

import java.util.regex.Pattern;

import chat.platform.errors.InvalidInputException;

/** Who shares a room: the same 4-digit code, within 50 m of the person who opened it. */
public final class RoomRules {

    public static final double REACH_METERS = 50;
    private static final Pattern CODE = Pattern.compile("\\d{4}");

    private RoomRules() {
    }

    public static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 4 digits");
        }
        return code;
    }

    public static boolean withinReach(Position a, Position b) {
        return a.metersTo(b) <= REACH_METERS;
    }
}
