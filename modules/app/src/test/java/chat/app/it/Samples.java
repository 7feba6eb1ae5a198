package chat.app.it;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.jcodec.api.awt.AWTSequenceEncoder;

/** Real media made in the test: images by ImageIO, an H.264 MP4 by jcodec, a WAV by Java Sound. */
final class Samples {

    private Samples() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("chat", width / 3, height / 2);
        g.dispose();
        return image;
    }

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), format, out);
        return out.toByteArray();
    }

    /** A PNG whose header claims {@code width x height} pixels though it holds one: a decompression bomb's shape. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] png = image("png", 1, 1);
        ByteBuffer bytes = ByteBuffer.wrap(png);
        bytes.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        bytes.putInt(29, (int) crc.getValue());
        return png;
    }

    static byte[] video(int width, int height, int frames) throws IOException {
        File file = File.createTempFile("sample", ".mp4");
        try {
            AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(file, 10);
            for (int i = 0; i < frames; i++) {
                encoder.encodeImage(picture(width, height));
            }
            encoder.finish();
            return Files.readAllBytes(file.toPath());
        } finally {
            file.delete();
        }
    }

    /** {@code millis} of a 440 Hz tone, 8 kHz mono 16-bit WAV. */
    static byte[] wav(int millis) throws IOException {
        int samples = 8 * millis;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) (Math.sin(2 * Math.PI * 440 * i / 8000.0) * 8000);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, samples), AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /** The first bytes of a Windows executable, renamed to pass for a PNG. */
    static byte[] executable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        for (int i = 2; i < exe.length; i++) {
            exe[i] = (byte) (i * 31);
        }
        return exe;
    }
}
