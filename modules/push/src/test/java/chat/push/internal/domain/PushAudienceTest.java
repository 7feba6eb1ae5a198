package chat.push.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PushAudienceTest {

    private static StoredMessage from(String sender, List<String> mentions, boolean all) {
        return new StoredMessage("g", 7, sender, "TEXT", "hi", mentions, all);
    }

    @Test
    void aSmallGroupPushesToEveryMemberButTheSenderAndTheQuiet() {
        var audience = PushAudience.of(from("ann", List.of(), false), 4, List.of("ann", "bo", "cy", "dee"), Set.of("cy"));
        assertEquals(Map.of("bo", false, "dee", false), audience);
    }

    @Test
    void aMentionReachesTheQuietAndIsMarked() {
        var audience = PushAudience.of(from("ann", List.of("cy"), false), 4, List.of("ann", "bo", "cy", "dee"), Set.of("cy"));
        assertEquals(Map.of("bo", false, "cy", true, "dee", false), audience);
    }

    @Test
    void aLargeGroupPushesOnlyMentions() {
        var message = from("ann", List.of("bo"), false);
        assertFalse(PushAudience.needsEveryMember(message, 501));
        assertEquals(Map.of("bo", true), PushAudience.of(message, 501, List.of("bo"), Set.of()));
        var everyone = from("ann", List.of(), true);
        assertTrue(PushAudience.needsEveryMember(everyone, 1_000_000));
        assertEquals(Map.of("bo", true, "cy", true), PushAudience.of(everyone, 1_000_000, List.of("ann", "bo", "cy"), Set.of("cy")));
    }

    @Test
    void theSenderNeverHearsOfTheirOwnMessage() {
        assertEquals(Map.of(), PushAudience.of(from("ann", List.of("ann"), true), 2, List.of("ann"), Set.of()));
    }
}
