package chat.devdb;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Runs a PostgreSQL server for the demo setup until the JVM is stopped:
 * {@code java -cp 'chat-devdb.jar:lib/*' chat.devdb.EmbeddedPostgres [--data-dir DIR] [--port N]}.
 *
 * <p>It listens on 127.0.0.1 only, with trust authentication for the superuser {@code postgres};
 * its data survive restarts. Once PostgreSQL answers it prints one line, {@value #READY} followed
 * by the address, which {@code bin/chat-server} waits for; then it blocks. SIGTERM (or Ctrl-C)
 * stops PostgreSQL through a shutdown hook; if PostgreSQL stops on its own, the JVM exits with 1.
 * PostgreSQL refuses to run as root, so this refuses too.
 */
public final class EmbeddedPostgres {

    static final String READY = "embedded PostgreSQL ready on";

    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(5);
    private static final int WATCH_FAILURES = 3;
    /** zonky's lock file in the data directory, held while its PostgreSQL runs. */
    private static final String ZONKY_LOCK = "epg-lock";

    private static final Logger LOG;

    static {
        if (System.getProperty("java.util.logging.config.file") == null) {
            if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
                System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            }
            if (System.getProperty("java.util.logging.manager") == null) {
                System.setProperty("java.util.logging.manager", KeepHandlersLogManager.class.getName());
            }
        }
        LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    }

    /**
     * The JDK's log manager closes every handler in a shutdown hook of its own, racing the hook
     * that stops PostgreSQL, whose messages would then be lost. This one keeps them; the console
     * handler flushes every record, so nothing is left to close.
     */
    public static final class KeepHandlersLogManager extends LogManager {
        @Override
        public void reset() {
            // kept: see the class comment
        }
    }

    private EmbeddedPostgres() {
    }

    /** Parsed command line. */
    record Options(Path dataDir, int port, Optional<Path> binariesDir) {

        static Options parse(List<String> args) {
            Path dataDir = Path.of("var", "postgres");
            int port = 5432;
            Optional<Path> binariesDir = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                    case "--port" -> port = port(value(args, ++i, arg));
                    case "--binaries-dir" -> binariesDir = Optional.of(Path.of(value(args, ++i, arg)));
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            return new Options(dataDir.toAbsolutePath().normalize(), port,
                    binariesDir.map(p -> p.toAbsolutePath().normalize()));
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).isBlank()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("not a port number: " + text);
        }
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("-h") || arguments.contains("--help")) {
            usage(System.out);
            return;
        }
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            LOG.severe("PostgreSQL refuses to run as root: run this as an ordinary user "
                    + "(bin/chat-server does so by itself) or point CHAT_DB_URL at a PostgreSQL");
            System.exit(2);
        }
        int status = run(options);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static void usage(PrintStream out) {
        out.println("""
                usage: java -cp 'chat-devdb.jar:lib/*' chat.devdb.EmbeddedPostgres [--data-dir DIR] [--port N] [--binaries-dir DIR]
                  --data-dir DIR      PostgreSQL data directory, kept across restarts (default var/postgres)
                  --port N            TCP port on 127.0.0.1 (default 5432)
                  --binaries-dir DIR  where the PostgreSQL binaries are unpacked, a private directory
                                      (default: java.io.tmpdir/embedded-pg, shared)
                Runs until stopped (SIGTERM or Ctrl-C), which stops PostgreSQL. User postgres, trust authentication.""");
    }

    private static int run(Options options) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
        try {
            Files.createDirectories(options.dataDir());
            if (!lockFree(options.dataDir())) {
                LOG.severe(() -> "another embedded PostgreSQL is running on " + options.dataDir());
                return 1;
            }
            stopOrphanedPostmaster(options.dataDir());
            LOG.info(() -> "starting PostgreSQL on " + HOST + ":" + options.port() + ", data in " + options.dataDir());
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(options.dataDir())
                    .setCleanDataDirectory(false)
                    .setPort(options.port())
                    // TCP on the loopback address only, and no Unix socket to collide with a system PostgreSQL's.
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("unix_socket_directories", "''")
                    // zonky tunes for throw-away test databases (-F, no synchronous commit); this one keeps data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT);
            if (options.binariesDir().isPresent()) {
                builder.setOverrideWorkingDirectory(privateDirectory(options.binariesDir().get()).resolve("unpacked").toFile());
            }
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "embedded PostgreSQL did not start", e);
            return 1;
        }

        // zonky registers a shutdown hook of its own as soon as the postmaster runs (it also covers a
        // start that fails half-way); close() is idempotent, and this one says what happens.
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            LOG.info("stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
            }
        }, "embedded-postgres-stop"));

        // The one line of standard output, which scripts wait for; a command-line main may print.
        System.out.println(READY + " " + HOST + ":" + postgres.getPort());
        System.out.flush();

        return watch(postgres.getPort(), stopping);
    }

    /** Blocks while PostgreSQL answers; returns 0 when the JVM is stopping, 1 when PostgreSQL went away. */
    private static int watch(int port, CountDownLatch stopping) {
        int failures = 0;
        try {
            while (!stopping.await(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                failures = answers(port) ? 0 : failures + 1;
                if (failures >= WATCH_FAILURES && stopping.getCount() > 0) {
                    LOG.severe(() -> "PostgreSQL no longer answers on " + HOST + ":" + port + "; exiting");
                    return 1;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The directory, readable by its owner only: zonky makes the directory it unpacks the binaries
     * into writable by everyone (it expects a shared temporary directory), so that one goes inside.
     */
    private static Path privateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            LOG.fine(() -> "no POSIX permissions for " + dir);
        }
        return dir;
    }

    /** Whether no other embedded PostgreSQL holds the data directory (zonky locks it while running). */
    private static boolean lockFree(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            return lock != null;
        }
    }

    /**
     * A postmaster left running on this data directory by a JVM that was killed outright (pg_ctl
     * detaches it): asked to shut down, so that this start can take over. The pid is trusted only
     * when that process's command line names this data directory.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try (var lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false));
        if (postmaster.isEmpty()) {
            return; // stale file: PostgreSQL itself checks and replaces it
        }
        LOG.warning(() -> "stopping PostgreSQL left running on " + dataDir + " (pid " + pid + ")");
        postmaster.get().destroy(); // SIGTERM: smart shutdown, quick with no clients left
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL pid " + pid + " on " + dataDir + " did not stop", e);
        }
    }
}
