package chat.push.internal.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

import chat.platform.errors.InvalidInputException;

/**
 * The keys a browser gives with its subscription (RFC 8291): {@code p256dh}, its P-256 public key
 * as an uncompressed point, and {@code auth}, a 16-byte secret; both base64url, as
 * {@code PushSubscription.toJSON()} writes them.
 */
public record SubscriptionKeys(String p256dh, String auth) {

    public static final int AUTH_BYTES = 16;
    public static final int POINT_BYTES = 65;

    private static final BigInteger P = new BigInteger("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);
    private static final BigInteger B = new BigInteger("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B", 16);
    private static final BigInteger THREE = BigInteger.valueOf(3);

    /** The keys, checked; a 400 naming the field otherwise. */
    public static SubscriptionKeys of(String p256dh, String auth) {
        byte[] point = decode("p256dh", p256dh);
        if (point.length != POINT_BYTES || point[0] != 0x04 || !onCurve(point)) {
            throw new InvalidInputException("p256dh", "must be a P-256 public key (an uncompressed point, 65 bytes)");
        }
        if (decode("auth", auth).length != AUTH_BYTES) {
            throw new InvalidInputException("auth", "must be " + AUTH_BYTES + " bytes");
        }
        return new SubscriptionKeys(p256dh, auth);
    }

    public byte[] publicKey() {
        return decode("p256dh", p256dh);
    }

    public byte[] authSecret() {
        return decode("auth", auth);
    }

    private static byte[] decode(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > 200) {
            throw new InvalidInputException(field, "is required, in base64url");
        }
        try {
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be base64url");
        }
    }

    /** y² = x³ − 3x + b (mod p), with x and y below p: the point is on the curve. */
    static boolean onCurve(byte[] point) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).subtract(x.multiply(THREE)).add(B).mod(P);
        return y.modPow(BigInteger.TWO, P).equals(right);
    }
}
