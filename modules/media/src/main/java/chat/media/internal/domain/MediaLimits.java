package chat.media.internal.domain;

import chat.platform.errors.TooLargeException;
import chat.platform.errors.UnsupportedMediaException;

/** Sizes per kind, and the most pixels an image may decode to (a small file may claim huge dimensions). */
public record MediaLimits(long maxImageBytes, long maxAudioBytes, long maxVideoBytes, long maxPixels) {

    public long maxBytes(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> maxImageBytes;
            case AUDIO -> maxAudioBytes;
            case VIDEO -> maxVideoBytes;
        };
    }

    /** Refuses dimensions that would decode to more than the pixel limit, before anything decodes them. */
    public void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new UnsupportedMediaException("an image of " + width + " x " + height + " pixels is no image");
        }
        if ((long) width * height > maxPixels) {
            throw new TooLargeException("an image of " + width + " x " + height + " pixels is past the limit of "
                    + maxPixels + " pixels");
        }
    }
}
