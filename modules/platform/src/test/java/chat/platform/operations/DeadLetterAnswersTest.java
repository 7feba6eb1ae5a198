package chat.platform.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import chat.platform.broker.DeadLetters;
import chat.platform.rest.JsonBinding;

/**
 * The dead-letter answers, as JSON-B writes them, are the bytes the JSON-P builder wrote: a
 * letter's fields in order, the ones it does not have left out (not null), counts by queue name.
 */
class DeadLetterAnswersTest {

    private static final DeadLetters.Letter HANDLED = new DeadLetters.Letter("ID:0a1b-2c", "chat.redpack-credits",
            "java.lang.IllegalStateException: no claim", "2026-12-05T12:00:00.123456Z", "{\"packetId\":\"p1\",\"note\":\"红包\"}");
    private static final DeadLetters.Letter MOVED_BY_THE_BROKER = new DeadLetters.Letter("ID:3d4e", "chat.push", null, null, null);

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    @Test
    void aLetterItsConsumerGaveUpOnSaysWhyAndWhen() {
        assertEquals("{\"id\":\"ID:0a1b-2c\",\"queue\":\"chat.redpack-credits\","
                + "\"error\":\"java.lang.IllegalStateException: no claim\",\"failedAt\":\"2026-12-05T12:00:00.123456Z\","
                + "\"payload\":\"{\\\"packetId\\\":\\\"p1\\\",\\\"note\\\":\\\"红包\\\"}\"}", json(DeadLetterView.of(HANDLED)));
    }

    @Test
    void whatALetterDoesNotSayIsLeftOut() {
        assertEquals("{\"id\":\"ID:3d4e\",\"queue\":\"chat.push\"}", json(DeadLetterView.of(MOVED_BY_THE_BROKER)));
    }

    @Test
    void theListCountsEveryQueueInQueueOrder() {
        Map<String, Long> counts = new TreeMap<>(Map.of("chat.redpack-credits", 7L, "chat.push", 1L));
        var list = new DeadLetterList(List.of(DeadLetterView.of(MOVED_BY_THE_BROKER)), counts);
        assertEquals("{\"items\":[{\"id\":\"ID:3d4e\",\"queue\":\"chat.push\"}],"
                + "\"counts\":{\"chat.push\":1,\"chat.redpack-credits\":7}}", json(list));
    }

    @Test
    void anEmptyQueueIsAnEmptyListAndNoCounts() {
        assertEquals("{\"items\":[],\"counts\":{}}", json(new DeadLetterList(List.of(), Map.of())));
    }

    @Test
    void aRedrivenLetterNamesTheQueueItWentBackTo() {
        assertEquals("{\"id\":\"ID:0a1b-2c\",\"queue\":\"chat.redpack-credits\"}",
                json(new RedrivenLetterView("ID:0a1b-2c", "chat.redpack-credits")));
    }
}
