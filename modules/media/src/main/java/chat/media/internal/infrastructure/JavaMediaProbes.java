package chat.media.internal.infrastructure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.apache.tika.Tika;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.scale.ColorUtil;

import chat.media.internal.domain.MediaKind;
import chat.media.internal.domain.MediaProbes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Probes in pure Java: Apache Tika's magic numbers for the type, the JDK's ImageIO for image
 * headers and thumbnails, jcodec for H.264 MP4 posters and durations, Java Sound for WAV durations.
 * A thumbnail's longest side is at most 320 px, JPEG.
 */
@ApplicationScoped
class JavaMediaProbes implements MediaProbes {

    static final int THUMBNAIL_SIDE = 320;
    private static final Logger LOG = Logger.getLogger(JavaMediaProbes.class.getName());

    private final Tika tika = new Tika();

    @Override
    public String sniff(InputStream bytes) throws IOException {
        return tika.detect(new BufferedInputStream(bytes));
    }

    @Override
    public Optional<int[]> imageSize(InputStream bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } catch (IOException | RuntimeException e) {
                // A header the reader cannot make sense of (a PNG of width 0, a truncated GIF) is no
                // image: the caller refuses it with 415. Readers throw IIOException or worse for these.
                LOG.fine(() -> "unreadable image header: " + e);
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public Details inspect(MediaKind kind, String contentType, Path file) {
        try {
            return switch (kind) {
                case IMAGE -> new Details(null, null, null, jpeg(thumbnail(readSubsampled(file))));
                case VIDEO -> video(file);
                case AUDIO -> new Details(null, null, audioDuration(contentType, file), null);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes only every n-th pixel of a large image: enough for a thumbnail, a fraction of the memory. */
    private static BufferedImage readSubsampled(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longest / (THUMBNAIL_SIDE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private Details video(Path file) throws IOException {
        try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            DemuxerTrackMeta meta = grab.getVideoTrack().getMeta();
            Long duration = meta.getTotalDuration() > 0 ? Math.round(meta.getTotalDuration() * 1000) : null;
            Picture frame = grab.getNativeFrame();
            if (frame == null) {
                LOG.info(() -> "the video " + file.getFileName() + " has no frame to make a poster of");
                return new Details(null, null, duration, null);
            }
            BufferedImage poster = toImage(frame);
            return new Details(poster.getWidth(), poster.getHeight(), duration, jpeg(thumbnail(poster)));
        } catch (IOException | RuntimeException e) {
            LOG.info(() -> "no poster for " + file.getFileName() + ": jcodec reads H.264 in MP4 only (" + e + ")");
            return new Details(null, null, null, null);
        } catch (org.jcodec.api.JCodecException e) {
            LOG.info(() -> "no poster for " + file.getFileName() + ": " + e.getMessage());
            return new Details(null, null, null, null);
        }
    }

    private static Long audioDuration(String contentType, Path file) throws IOException {
        if (contentType.contains("wav") || contentType.contains("wave")) {
            try {
                AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
                return format.getFrameLength() > 0 && format.getFormat().getFrameRate() > 0
                        ? Math.round(format.getFrameLength() * 1000.0 / format.getFormat().getFrameRate()) : null;
            } catch (UnsupportedAudioFileException e) {
                return null;
            }
        }
        if (contentType.contains("mp4") || contentType.contains("m4a")) {
            try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
                MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(channel);
                return demuxer.getAudioTracks().stream().findFirst().map(DemuxerTrack::getMeta)
                        .map(m -> Math.round(m.getTotalDuration() * 1000)).orElse(null);
            }
        }
        return null;
    }

    /** jcodec's decoded frame (YUV) as an RGB image. */
    private static BufferedImage toImage(Picture frame) {
        Picture rgb = Picture.create(frame.getWidth(), frame.getHeight(), ColorSpace.RGB);
        ColorUtil.getTransform(frame.getColor(), ColorSpace.RGB).transform(frame, rgb);
        int width = frame.getCroppedWidth();
        int height = frame.getCroppedHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        byte[] data = rgb.getPlaneData(0);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * rgb.getWidth() + x) * 3;
                int r = data[i] + 128;
                int g = data[i + 1] + 128;
                int b = data[i + 2] + 128;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private static BufferedImage thumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return thumbnail;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
