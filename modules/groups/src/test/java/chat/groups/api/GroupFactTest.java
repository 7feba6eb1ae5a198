package chat.groups.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.faults.Undeliverable;

class GroupFactTest {

    @Test
    void everyKindOfFactReadsBackAsItWasWritten() {
        for (GroupFact fact : List.of(new GroupFact.Joined("f1", "g1", "u1", List.of("u2", "u3")),
                new GroupFact.Left("f2", "g1", "u1", "u2", true), new GroupFact.Left("f3", "g1", "u2", "u2", false),
                new GroupFact.Renamed("f4", "g1", "u1", "Friday \"lunch\""), new GroupFact.Announced("f5", "g1", "u1", "Hi\nall"))) {
            assertEquals(fact, GroupFact.parse(fact.toJson()));
        }
    }

    @Test
    void aFactWrittenBeforeVersionsIsReadAsVersionOne() {
        String queuedBeforeTheUpgrade = "{\"type\":\"event\",\"event\":\"member.left\",\"groupId\":\"g1\",\"userId\":\"u2\","
                + "\"byUserId\":\"u1\",\"kicked\":true,\"factId\":\"f9\"}";
        assertEquals(new GroupFact.Left("f9", "g1", "u1", "u2", true), GroupFact.parse(queuedBeforeTheUpgrade));
    }

    @Test
    void aFactOfAnotherVersionOrKindIsUndeliverableNotRetried() {
        assertThrows(Undeliverable.class, () -> GroupFact.parse(
                "{\"v\":2,\"event\":\"member.left\",\"groupId\":\"g\",\"byUserId\":\"u\",\"factId\":\"f\"}"));
        assertThrows(Undeliverable.class, () -> GroupFact.parse(
                "{\"v\":1,\"event\":\"group.exploded\",\"groupId\":\"g\",\"byUserId\":\"u\",\"factId\":\"f\"}"));
    }
}
