package chat.media.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import chat.platform.errors.TooLargeException;
import chat.platform.errors.UnsupportedMediaException;

class MediaRulesTest {

    @Test
    void theDeclaredTopLevelTypeChoosesTheKind() {
        assertEquals(Optional.of(MediaKind.IMAGE), MediaKind.declaredBy("image/png"));
        assertEquals(Optional.of(MediaKind.VIDEO), MediaKind.declaredBy("Video/MP4; codecs=avc1"));
        assertEquals(Optional.of(MediaKind.AUDIO), MediaKind.declaredBy("audio/wav"));
        assertEquals(Optional.empty(), MediaKind.declaredBy("application/octet-stream"));
        assertEquals(Optional.empty(), MediaKind.declaredBy(null));
    }

    @Test
    void onlyBytesSniffedAsTheirKindAreTaken() {
        assertTrue(MediaKind.IMAGE.accepts("image/png"));
        assertFalse(MediaKind.IMAGE.accepts("application/x-msdownload"));
        assertFalse(MediaKind.VIDEO.accepts("image/png"));
        assertTrue(MediaKind.AUDIO.accepts("video/mp4"), "an M4A file sniffs as MP4");
        assertFalse(MediaKind.IMAGE.accepts("image/svg+xml"), "SVG can carry scripts");
    }

    @Test
    void limitsArePerKindAndImagesMayNotClaimHugeDimensions() {
        MediaLimits limits = new MediaLimits(20, 30, 40, 1_000_000);
        assertEquals(20, limits.maxBytes(MediaKind.IMAGE));
        assertEquals(30, limits.maxBytes(MediaKind.AUDIO));
        assertEquals(40, limits.maxBytes(MediaKind.VIDEO));
        limits.checkDimensions(1000, 1000);
        assertThrows(TooLargeException.class, () -> limits.checkDimensions(1001, 1000));
        assertThrows(TooLargeException.class, () -> limits.checkDimensions(60_000, 60_000));
    }

    @Test
    void anImageOfNoPixelsIsNoImage() {
        MediaLimits limits = new MediaLimits(20, 30, 40, 1_000_000);
        assertThrows(UnsupportedMediaException.class, () -> limits.checkDimensions(0, 10));
        assertThrows(UnsupportedMediaException.class, () -> limits.checkDimensions(10, -1));
    }
}
