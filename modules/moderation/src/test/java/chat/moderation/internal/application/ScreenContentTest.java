package chat.moderation.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;

import chat.moderation.api.ContentPlace;
import chat.moderation.internal.domain.ListedWord;
import chat.moderation.internal.domain.WordAction;
import chat.moderation.internal.domain.WordList;
import chat.platform.errors.ContentBlockedException;
import chat.platform.metrics.ChatMetrics;

/**
 * The policy as the other modules ask it: the list first, then the company's service for messages,
 * its verdicts and its silence (failing open or closed), each refusal and mask recorded and counted.
 */
class ScreenContentTest {

    private final List<String> recorded = new ArrayList<>();
    private final Map<String, LongAdder> counted = new HashMap<>();
    private ModerationService.Verdict verdict = new ModerationService.Allowed();
    private boolean configured = true;
    private boolean failOpen = true;
    private final List<String> asked = new ArrayList<>();

    private ScreenContent policy(ListedWord... words) {
        var current = new CurrentWords();
        current.words = new ListedWords(List.of(words));
        current.reload();
        var screen = new ScreenContent();
        screen.words = current;
        screen.hits = new HitRecorder() {
            @Override
            public void record(String userId, ContentPlace place, String conversationId, WordAction action, String word,
                               String serviceReason, String text) {
                recorded.add(place + " " + action + " " + (word != null ? word : "service: " + serviceReason));
            }
        };
        screen.service = new ModerationService() {
            @Override
            public boolean configured() {
                return configured;
            }

            @Override
            public boolean failsOpen() {
                return failOpen;
            }

            @Override
            public Verdict judge(String userId, String conversationId, String text) {
                asked.add(text);
                return verdict;
            }
        };
        screen.metrics = new ChatMetrics() {
            @Override
            public LongConsumer counter(String name, String help) {
                return counted.computeIfAbsent(name, n -> new LongAdder())::add;
            }
        };
        screen.registerMetrics(null);
        return screen;
    }

    private long count(String name) {
        return counted.get(name).sum();
    }

    @Test
    void aBlockWordRefusesBeforeTheServiceIsAsked() {
        var screen = policy(new ListedWord("spam", WordAction.BLOCK));
        var refused = assertThrows(ContentBlockedException.class,
                () -> screen.screen(ContentPlace.MESSAGE, "buy S.P.A.M now", "u1", "g1"));
        assertEquals("CONTENT_BLOCKED", refused.code());
        assertEquals("This message contains words this company does not allow", refused.getMessage());
        assertEquals(List.of("MESSAGE BLOCK spam"), recorded);
        assertEquals(List.of(), asked);
        assertEquals(1, count("chat_content_blocked"));
    }

    @Test
    void aMaskedMessageIsAskedAboutAsWrittenAndStoredMasked() {
        var screen = policy(new ListedWord("darn", WordAction.MASK));
        assertEquals("oh ****", screen.screen(ContentPlace.MESSAGE, "oh darn", "u1", "g1"));
        assertEquals(List.of("MESSAGE MASK darn"), recorded);
        assertEquals(List.of("oh darn"), asked);
        assertEquals(1, count("chat_content_masked"));
        assertEquals(1, count("chat_moderation_service_allowed"));
    }

    @Test
    void theServiceDeniesWithItsReason() {
        var screen = policy();
        verdict = new ModerationService.Denied("spam");
        assertThrows(ContentBlockedException.class, () -> screen.screen(ContentPlace.MESSAGE, "hello", "u1", "g1"));
        assertEquals(List.of("MESSAGE BLOCK service: spam"), recorded);
        assertEquals(1, count("chat_moderation_service_denied"));
    }

    @Test
    void noVerdictLetsAMessageThroughWhenFailingOpenAndRefusesItWhenNot() {
        var screen = policy();
        verdict = new ModerationService.Unanswered("no answer within 300 ms");
        assertEquals("hello", screen.screen(ContentPlace.MESSAGE, "hello", "u1", "g1"));
        assertEquals(List.of(), recorded);

        failOpen = false;
        assertThrows(ContentBlockedException.class, () -> screen.screen(ContentPlace.MESSAGE, "hello", "u1", "g1"));
        assertEquals(List.of("MESSAGE BLOCK service: unanswered: no answer within 300 ms"), recorded);
        assertEquals(2, count("chat_moderation_service_unanswered"));
    }

    @Test
    void onlyMessagesGoToTheServiceAndNoneWhenItIsNotSet() {
        var screen = policy();
        verdict = new ModerationService.Denied("never");
        assertEquals("Team", screen.screen(ContentPlace.GROUP_NAME, "Team", "u1", null));
        configured = false;
        assertEquals("hello", screen.screen(ContentPlace.MESSAGE, "hello", "u1", "g1"));
        assertEquals(List.of(), asked);
        assertEquals(null, screen.screen(ContentPlace.NICKNAME, null, "u1", null));
    }

    /** The list as the store would give it. */
    private record ListedWords(List<ListedWord> words) implements WordList {

        @Override
        public List<ListedWord> all() {
            return words;
        }

        @Override
        public List<Entry> entries() {
            return words.stream().map(w -> new Entry(w.key(), w, Instant.EPOCH, "test")).toList();
        }

        @Override
        public int put(Collection<ListedWord> more, String addedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replace(Collection<ListedWord> all, String addedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(String key) {
            throw new UnsupportedOperationException();
        }
    }
}
