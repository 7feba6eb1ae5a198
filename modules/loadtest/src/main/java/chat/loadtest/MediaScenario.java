package chat.loadtest;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

/**
 * {@code media}: upload throughput and thumbnail time for a 12-megapixel JPEG ({@code --uploads},
 * default 10, {@code --concurrency} at a time, default 2): MB/s over the phase, upload latency, and
 * the time from the upload's answer until its thumbnail downloads. Then {@code --big-uploads}
 * (default 20) uploads of {@code --big-mb} MB each (default 50) at once, streamed from a generator
 * (bytes that sniff as MP4): their MB/s, and, with {@code --server-pid}, the server's resident
 * memory sampled every 200 ms before, during and after, which must stay flat whatever the file size.
 */
final class MediaScenario implements Scenario {

    private static final double MB = 1024.0 * 1024.0;

    @Override
    public String name() {
        return "media";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int uploads = options.integer("uploads", 10, 1, 10_000);
        int concurrency = options.integer("concurrency", 2, 1, 64);
        int bigUploads = options.integer("big-uploads", 20, 0, 200);
        int bigMb = options.integer("big-mb", 50, 1, 200);
        int serverPid = ServerCost.pid(options);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        ResultTable table = new ResultTable("media: uploads, thumbnails, and memory under large uploads")
                .parameters(context.parameters(name(), "uploads", uploads, "concurrency", concurrency,
                        "big-uploads", bigUploads, "big-mb", bigMb, "server-pid", serverPid));

        var created = new UserBatches(api, context.names()).create("m", 1, 1, 1, null, deadline);
        var issued = BotTokens.issue(api, created.users(), 1, deadline);
        table.requireClean(created.outcome(), issued.outcome());
        if (issued.tokens().isEmpty()) {
            return table.row("uploads", "not run: no token was issued").incomplete();
        }
        String token = issued.tokens().get(0);
        MediaUploads media = new MediaUploads(context.base());

        byte[] jpeg = twelveMegapixelJpeg();
        table.row("image", "4000 x 3000 JPEG, " + jpeg.length + " B");
        Progress.say("media: %d uploads of a 12-megapixel JPEG, %d at a time", uploads, concurrency);
        ConcurrentLinkedQueue<Double> thumbnailMillis = new ConcurrentLinkedQueue<>();
        LoopOutcome images = ConcurrentLoop.run(uploads, concurrency, deadline, i -> {
            String id = media.upload(token, "image/jpeg", jpeg.length, new ByteArrayInputStream(jpeg)).getString("id");
            long answered = System.nanoTime();
            while (!media.thumbnailReady(token, id)) {
                Thread.sleep(20);
            }
            thumbnailMillis.add(Units.toMillis(System.nanoTime() - answered));
        });
        table.row("image uploads succeeded", images.succeeded() + " of " + uploads)
                .row("image upload throughput", String.format("%.1f MB/s", images.succeeded() * jpeg.length / MB
                        / (images.wallNanos() / 1e9)))
                .latency("upload and thumbnail, per image", images.latencyMillis())
                .latency("thumbnail ready after the upload answered", Stats.of(thumbnailMillis.stream()
                        .mapToDouble(Double::doubleValue).toArray()))
                .row("image errors", images.errorSummary());

        if (bigUploads > 0) {
            long bytes = bigMb * 1024L * 1024L;
            Progress.say("media: %d uploads of %d MB at once", bigUploads, bigMb);
            RssSampler rss = new RssSampler(serverPid);
            long before = rss.sample();
            rss.start();
            LoopOutcome big = ConcurrentLoop.run(bigUploads, bigUploads, deadline,
                    i -> media.upload(token, "video/mp4", bytes, MediaUploads.mp4Shaped(bytes)));
            long highest = rss.stop();
            table.row("large uploads succeeded", big.succeeded() + " of " + bigUploads + " x " + bigMb + " MB")
                    .row("large upload throughput", String.format("%.1f MB/s", big.succeeded() * (double) bytes / MB
                            / (big.wallNanos() / 1e9)))
                    .latency("large upload latency", big.latencyMillis())
                    .row("server RSS before / highest during / after", serverPid == 0 ? "not sampled (no --server-pid)"
                            : mib(before) + " / " + mib(highest) + " / " + mib(rss.sample()))
                    .row("large upload errors", big.errorSummary())
                    .requireClean(big);
        }
        return table.requireClean(images);
    }

    private static String mib(long kib) {
        return String.format("%.0f MiB", kib / 1024.0);
    }

    private static byte[] twelveMegapixelJpeg() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 4000, 3000, Color.BLUE));
        g.fillRect(0, 0, 4000, 3000);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(i * 37 % 256, i * 91 % 256, i * 53 % 256));
            g.fillOval(i * 97 % 4000, i * 61 % 3000, 120, 80);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** The server's resident memory from /proc, sampled every 200 ms; the highest seen. */
    static final class RssSampler {

        private final int pid;
        private final AtomicLong highest = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        RssSampler(int pid) {
            this.pid = pid;
        }

        long sample() {
            if (pid == 0) {
                return 0;
            }
            try {
                return Math.max(0, ServerCost.residentKib(pid));
            } catch (IOException e) {
                return 0;
            }
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    highest.accumulateAndGet(sample(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return highest.accumulateAndGet(sample(), Math::max);
        }
    }
}
