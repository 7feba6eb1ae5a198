package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadTestTest {

    private static List<String> names(String given) {
        return LoadTest.scenarios(given).stream().map(Scenario::name).toList();
    }

    @Test
    void allRunsEveryScenarioWithBigGroupBeforeTheListing() {
        assertEquals(LoadTest.ALL, names("all"));
        assertEquals(13, LoadTest.ALL.size());
        assertFalse(LoadTest.ALL.contains("store-rate"));
        assertFalse(LoadTest.ALL.contains("chaos"));
        assertEquals(LoadTest.ALL.indexOf("big-group") + 1, LoadTest.ALL.indexOf("members-listing"));
    }

    @Test
    void namesSeparatedByCommasRunInTheOrderGiven() {
        assertEquals(List.of("joins"), names("joins"));
        assertEquals(List.of("big-group", "members-listing"), names("big-group,members-listing"));
        assertEquals(List.of("conversations", "tokens"), names("conversations, tokens"));
        assertEquals(List.of("messages", "idle-connections"), names("messages,idle-connections"));
        assertEquals(List.of("redpack", "unread"), names("redpack,unread"));
        assertEquals(List.of("store-rate", "messages"), names("store-rate,messages"));
    }

    @Test
    void unknownEmptyAndRepeatedNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> names("join"));
        assertThrows(IllegalArgumentException.class, () -> names("joins,"));
        assertThrows(IllegalArgumentException.class, () -> names("joins,joins"));
        assertThrows(IllegalArgumentException.class, () -> names("all,joins"));
    }
}
