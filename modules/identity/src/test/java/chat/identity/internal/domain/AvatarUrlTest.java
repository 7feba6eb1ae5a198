package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class AvatarUrlTest {

    private static InvalidInputException refused(String value) {
        return assertThrows(InvalidInputException.class, () -> AvatarUrl.check(value));
    }

    @Test
    void noAvatarStaysNone() {
        assertNull(AvatarUrl.check(null));
    }

    @Test
    void anHttpUrlWithAHostIsKept() {
        assertEquals("http://example.com/a.png", AvatarUrl.check("http://example.com/a.png"));
    }

    @Test
    void anHttpsUrlWithAPortAndQueryIsKept() {
        assertEquals("https://cdn.example.com:8443/a.png?v=2", AvatarUrl.check("https://cdn.example.com:8443/a.png?v=2"));
    }

    @Test
    void aPathOnThisServerIsKept() {
        assertEquals("/api/v1/media/abc", AvatarUrl.check("/api/v1/media/abc"));
    }

    @Test
    void anAvatarOfFiveHundredTwelveCharactersIsKept() {
        String url = "https://example.com/" + "a".repeat(512 - "https://example.com/".length());
        assertEquals(url, AvatarUrl.check(url));
    }

    @Test
    void anAvatarOfFiveHundredThirteenCharactersIsRefusedNamingAvatarUrl() {
        String url = "https://example.com/" + "a".repeat(513 - "https://example.com/".length());
        var refused = refused(url);
        assertEquals("avatarUrl", refused.field());
        assertEquals("avatarUrl: must be at most 512 characters", refused.getMessage());
    }

    @Test
    void anFtpUrlIsRefused() {
        assertEquals("avatarUrl: must be an http(s) URL or a path on this server",
                refused("ftp://example.com/a.png").getMessage());
    }

    @Test
    void aDataUrlIsRefused() {
        assertEquals("avatarUrl", refused("data:image/png;base64,iVBORw0KGgo=").field());
    }

    @Test
    void aScriptUrlIsRefused() {
        assertEquals("avatarUrl", refused("javascript:alert(1)").field());
    }

    @Test
    void aWebUrlWithoutAHostIsRefused() {
        assertEquals("avatarUrl", refused("https:///a.png").field());
    }

    @Test
    void aWebUrlWithNothingAfterTheSchemeIsRefused() {
        assertEquals("avatarUrl", refused("https://").field());
    }

    @Test
    void aRelativePathIsRefused() {
        assertEquals("avatarUrl", refused("media/a.png").field());
    }

    @Test
    void anEmptyAvatarIsRefused() {
        assertEquals("avatarUrl", refused("").field());
    }

    @Test
    void aPathNamingAnotherHostIsRefused() {
        assertEquals("avatarUrl", refused("//evil.example/a.png").field());
    }

    @Test
    void somethingThatIsNoUrlIsRefusedNamingAvatarUrl() {
        var refused = refused("/a b.png");
        assertEquals("avatarUrl", refused.field());
        assertEquals("avatarUrl: is not a URL", refused.getMessage());
    }
}
