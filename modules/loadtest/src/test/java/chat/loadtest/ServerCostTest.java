package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServerCostTest {

    @Test
    void cpuTicksAreUtimePlusStimeCountedAfterTheCommandName() {
        String stat = "4242 (java (Liberty) x) S 1 4242 4242 0 -1 4194560 12 0 0 0 1500 250 7 8 20 0 90 0 123 456 789";
        assertEquals(1_750, ServerCost.cpuTicks(stat));
    }

    @Test
    void residentMemoryIsTheVmRssLineInKib() {
        assertEquals(524_288, ServerCost.residentKib(List.of("Name:\tjava", "VmPeak:\t 900000 kB", "VmRSS:\t  524288 kB")));
        assertEquals(-1, ServerCost.residentKib(List.of("Name:\tkthreadd")));
    }

    @Test
    void theRowsDivideTheWindowsCpuByTheStoredMessagesAndTheCopies() {
        var start = new ServerCost.Reading(0, 1_000, 400 * 1024, null);
        var end = new ServerCost.Reading(10_000_000_000L, 1_500, 512 * 1024, null);
        ResultTable table = new ResultTable("t");
        new ServerCost.Window(77, 100, start, end).write(table, 20_000, 60_000);
        String markdown = table.toMarkdown();
        assertTrue(markdown.contains("| server CPU in the measured window (pid 77, utime + stime at 100 ticks/s) |"
                + " 5.00 s in 10.00 s of wall time (0.50 cores) |"), markdown);
        assertTrue(markdown.contains("| server CPU per stored message (CPU / acks) | 250.0 \u00b5s |"), markdown);
        assertTrue(markdown.contains("| 83.3 \u00b5s |"), markdown);
        assertTrue(markdown.contains("| server resident memory at the end (VmRSS) | 512 MiB (at the start: 400 MiB) |"),
                markdown);
        assertTrue(table.complete());

        ResultTable noCopies = new ResultTable("t");
        new ServerCost.Window(77, 100, start, end).write(noCopies, 2_000, -1);
        assertTrue(noCopies.toMarkdown().contains("| 2.50 ms |"));
        assertFalse(noCopies.toMarkdown().contains("per delivered message copy"));
    }

    @Test
    void withoutAPidOrWithAnUnreadableOneARowSaysSoAndTheRunGoesOn() {
        ServerCost none = new ServerCost(0, 100);
        ResultTable table = new ResultTable("t");
        none.since(none.read()).write(table, 10, 10);
        assertTrue(table.toMarkdown().contains("| server CPU in the measured window | not measured: no --server-pid |"));

        ServerCost gone = new ServerCost(Integer.MAX_VALUE, 100); // above pid_max: no such process
        ServerCost.Reading reading = gone.read();
        assertNotNull(reading.problem());
        ResultTable unreadable = new ResultTable("t");
        gone.since(reading).write(unreadable, 10, 10);
        assertTrue(unreadable.toMarkdown().contains("not measured: /proc/" + Integer.MAX_VALUE + "/stat"));
        assertTrue(unreadable.complete());
    }

    @Test
    void readsThisVeryProcessOnLinux() {
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            return; // not Linux
        }
        ServerCost self = new ServerCost((int) ProcessHandle.current().pid(), 100);
        ServerCost.Reading reading = self.read();
        assertNull(reading.problem());
        assertTrue(reading.cpuTicks() > 0);
        assertTrue(reading.residentKib() > 0);
    }
}
