package chat.media.internal.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import chat.media.api.MediaInfo;
import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Short-lived signed links to media, for {@code <img>} and {@code <video>} tags that cannot send a
 * bearer token: {@code /api/v1/media/{id}?expires=..&sig=..}, an HMAC-SHA256 of the id, the
 * variant and the expiry. Expiries are rounded to the hour (valid one to two hours), so the same
 * message renders the same links for every member within the hour.
 */
@ApplicationScoped
public class MediaLinks {

    static final Duration VALID_AT_LEAST = Duration.ofHours(1);

    @Inject
    MediaKeys keys;

    /** The file as clients see it, with fresh links (the thumbnail's only once there is one). */
    public MediaInfo describe(MediaFile f) {
        return new MediaInfo(f.id(), f.kind().name(), f.contentType(), f.size(), file(f.id()),
                f.hasThumbnail() ? thumbnail(f.id()) : null, f.width(), f.height(), f.durationMs());
    }

    public String file(String id) {
        return link(id, "");
    }

    public String thumbnail(String id) {
        return link(id, "/thumbnail");
    }

    private String link(String id, String variant) {
        long hour = 3600;
        long expires = (Instant.now().plus(VALID_AT_LEAST).getEpochSecond() / hour + 1) * hour;
        return "/api/v1/media/" + id + variant + "?expires=" + expires + "&sig=" + signature(id, variant, expires);
    }

    /** True when the signature is this server's for this id and variant, and has not expired. */
    public boolean valid(String id, boolean thumbnail, String expires, String sig) {
        if (expires == null || sig == null) {
            return false;
        }
        long at;
        try {
            at = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return false;
        }
        String expected = signature(id, thumbnail ? "/thumbnail" : "", at);
        return Instant.now().getEpochSecond() < at
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String id, String variant, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.linkKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((id + "|" + variant + "|" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
