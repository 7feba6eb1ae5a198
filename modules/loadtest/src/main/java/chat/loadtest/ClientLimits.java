package chat.loadtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.management.UnixOperatingSystemMXBean;

/**
 * The client's own limits on open connections, for {@code idle-connections}: the ephemeral port
 * range (one source address to one server address and port gets at most that many) and this
 * process's open-file limit. Read from this machine only; "unknown" where it cannot tell.
 */
final class ClientLimits {

    private static final Path PORT_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private ClientLimits() {
    }

    static String describe() {
        return "ephemeral ports " + portRange() + "; open files at most " + maxOpenFiles() + " in this process";
    }

    static String openFiles() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return unix.getOpenFileDescriptorCount() + " of at most " + unix.getMaxFileDescriptorCount();
        }
        return "unknown";
    }

    private static String maxOpenFiles() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return String.valueOf(unix.getMaxFileDescriptorCount());
        }
        return "unknown";
    }

    private static String portRange() {
        try {
            // Not readString: it reads a size-0 file one byte first, and a sysctl file read from
            // an offset past 0 answers nothing (it gave "3"); a line reader reads it at once.
            String[] range = Files.readAllLines(PORT_RANGE).get(0).trim().split("\\s+");
            int low = Integer.parseInt(range[0]);
            int high = Integer.parseInt(range[1]);
            return low + "-" + high + " (" + (high - low + 1) + " connections per server address and port)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
