package chat.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the server spent in a measured window, read from Linux's {@code /proc} for the process
 * {@code --server-pid} (0, the default: not measured): its CPU time, utime + stime of
 * {@code /proc/PID/stat} in clock ticks ({@code getconf CLK_TCK}, 100 when that cannot be run), at
 * the start and the end of the window, and its resident memory ({@code VmRSS} of
 * {@code /proc/PID/status}). The load generator shares the machine, so the server's own CPU time,
 * not the wall time, says what a message costs it. A pid whose entry cannot be read gives a row
 * saying so, never a failed run.
 */
final class ServerCost {

    static final long DEFAULT_TICKS_PER_SECOND = 100;

    /** One reading: when ({@link System#nanoTime()}), CPU ticks so far, resident KiB; {@code problem} null when read. */
    record Reading(long nanos, long cpuTicks, long residentKib, String problem) {
    }

    /** The readings at the start and the end of a window of the process {@code pid} (0: not measured). */
    record Window(int pid, long ticksPerSecond, Reading start, Reading end) {

        /** Why the window was not measured, or null when it was. */
        String problem() {
            if (pid == 0) {
                return "no --server-pid";
            }
            return start.problem() != null ? start.problem() : end.problem();
        }

        double cpuSeconds() {
            return (end.cpuTicks() - start.cpuTicks()) / (double) ticksPerSecond;
        }

        /**
         * The rows: CPU in the window, CPU per stored message, per delivered copy when
         * {@code copies} is 0 or more, and the resident memory at the end.
         */
        void write(ResultTable table, long stored, long copies) {
            String problem = problem();
            if (problem != null) {
                table.row("server CPU in the measured window", "not measured: " + problem);
                return;
            }
            double cpu = cpuSeconds();
            double wall = (end.nanos() - start.nanos()) / 1e9;
            table.row("server CPU in the measured window (pid " + pid + ", utime + stime at " + ticksPerSecond
                            + " ticks/s)", String.format(Locale.ROOT, "%.2f s in %.2f s of wall time (%.2f cores)", cpu,
                            wall, wall > 0 ? cpu / wall : 0))
                    .row("server CPU per stored message (CPU / acks)", perItem(cpu, stored));
            if (copies >= 0) {
                table.row("server CPU per delivered message copy (CPU / seqs members came to hold)", perItem(cpu, copies));
            }
            table.row("server resident memory at the end (VmRSS)", mib(end.residentKib()) + " (at the start: "
                    + mib(start.residentKib()) + ")");
        }

        private static String perItem(double cpuSeconds, long items) {
            return items <= 0 ? "none to divide by" : Units.micros(cpuSeconds * 1e6 / items);
        }

        private static String mib(long kib) {
            return kib < 0 ? "no VmRSS line" : String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
        }
    }

    private final int pid;
    private final long ticksPerSecond;

    ServerCost(int pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** {@code --server-pid}; asks {@code getconf} for the clock ticks only when one is given. */
    static ServerCost from(Options options) {
        int pid = pid(options);
        return new ServerCost(pid, pid == 0 ? DEFAULT_TICKS_PER_SECOND : clockTicksPerSecond());
    }

    /** {@code --server-pid}, 0 when not given. */
    static int pid(Options options) {
        return options.integer("server-pid", 0, 0, Integer.MAX_VALUE);
    }

    /** Reads the process's CPU time and resident memory now; never throws. */
    Reading read() {
        long now = System.nanoTime();
        if (pid == 0) {
            return new Reading(now, 0, -1, null);
        }
        try {
            long ticks = cpuTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.UTF_8));
            return new Reading(now, ticks, residentKib(pid), null);
        } catch (IOException | RuntimeException e) {
            return new Reading(now, 0, -1, "/proc/" + pid + "/stat or /proc/" + pid + "/status not readable ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** The window from {@code start} until now. */
    Window since(Reading start) {
        return new Window(pid, ticksPerSecond, start, read());
    }

    /**
     * utime + stime of a {@code /proc/PID/stat} line: fields 14 and 15, counted after the command
     * name in parentheses, which may itself hold spaces and parentheses.
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        // fields[0] is field 3 (the state), so field n is fields[n - 3]
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }

    /** The {@code VmRSS} of {@code /proc/PID/status} lines in KiB, {@code -1} when there is none (a kernel thread). */
    static long residentKib(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** The resident memory of process {@code pid} in KiB now, {@code -1} when its status has none. */
    static long residentKib(int pid) throws IOException {
        return residentKib(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")));
    }

    /** {@code getconf CLK_TCK}, or {@link #DEFAULT_TICKS_PER_SECOND} when it cannot be run or read. */
    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                long ticks = Long.parseLong(out);
                return ticks > 0 ? ticks : DEFAULT_TICKS_PER_SECOND;
            }
            getconf.destroy();
        } catch (IOException | NumberFormatException e) {
            // not Linux, or no getconf: the kernel's usual USER_HZ
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_TICKS_PER_SECOND;
    }
}
