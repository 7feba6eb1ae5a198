package chat.moderation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The matcher over generated cases (2,000 and more a run): a listed word disguised as the contract
 * says people disguise it (its case, full-width letters, mathematical look-alikes NFKC folds, spaces
 * and symbols between its letters) is found wherever it stands as a word, Chinese and Japanese
 * among the rest; and a text that holds no listed word comes back as it was written.
 */
class ContentMatcherPropertyTest {

    /** Every listed word holds a {@code q}: a text without one holds no listed word, however disguised. */
    private static final String WORD_LETTERS = "abcdefghijklmnoprstuvwxyz0123456789红包群会议东京タワーあいう";
    private static final String TEXT_LETTERS = "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789红包群会议东京タワーあいう抢啦"
            + "ａｂｃ";
    private static final List<String> SEPARATORS = List.of(" ", ".", "-", "*", "_", "\u200b", "  ", "!", "·", "/");

    @Property(tries = 1000)
    void aDisguisedListedWordIsFound(@ForAll("lists") List<ListedWord> words, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        ListedWord listed = words.get(random.nextInt(words.size()));
        String text = filler(random) + " " + disguise(listed.word(), random) + " " + filler(random);
        Screening screening = ContentMatcher.of(words).screen(text);
        assertTrue(screening.found().contains(listed), () -> "\"" + listed.word() + "\" not found in \"" + text + "\"");
    }

    @Property(tries = 1000)
    void aTextWithoutAListedWordIsLeftAsWritten(@ForAll("lists") List<ListedWord> words, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        String text = filler(random) + SEPARATORS.get(random.nextInt(SEPARATORS.size())) + filler(random);
        Screening screening = ContentMatcher.of(words).screen(text);
        assertTrue(screening.blockedBy().isEmpty(), text);
        assertEquals(text, screening.stored());
    }

    @Property(tries = 500)
    void aMaskedTextKeepsEverythingButTheWordsLetters(@ForAll("lists") List<ListedWord> words, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        List<ListedWord> masks = words.stream().map(w -> new ListedWord(w.word(), WordAction.MASK)).toList();
        ListedWord listed = masks.get(random.nextInt(masks.size()));
        String before = filler(random);
        String after = filler(random);
        String text = before + " " + listed.word() + " " + after;
        String stored = ContentMatcher.of(List.of(listed)).screen(text).stored();
        assertEquals(before + " " + "*".repeat(listed.word().codePointCount(0, listed.word().length())) + " " + after, stored);
    }

    @Provide
    Arbitrary<List<ListedWord>> lists() {
        Arbitrary<String> half = Arbitraries.strings().withChars(WORD_LETTERS.toCharArray()).ofMinLength(0).ofMaxLength(4);
        Arbitrary<ListedWord> word = Combinators.combine(half, half, Arbitraries.of(WordAction.class))
                .as((a, b, action) -> new ListedWord(a + "q" + b, action));
        return word.list().ofMinSize(1).ofMaxSize(30).uniqueElements(ListedWord::key);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The word as someone slipping it past a filter writes it. */
    private static String disguise(String word, Random random) {
        StringBuilder out = new StringBuilder();
        int[] points = word.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            out.append(letter(points[i], random));
            if (i + 1 < points.length && random.nextInt(3) == 0) {
                out.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
        }
        return out.toString();
    }

    private static String letter(int point, Random random) {
        if (point < 'a' || point > 'z') {
            return new String(Character.toChars(point));
        }
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf((char) Character.toUpperCase(point));
            case 1 -> new String(Character.toChars(0xFF41 + point - 'a'));        // full-width
            case 2 -> new String(Character.toChars(0x1D41A + point - 'a'));       // mathematical bold
            default -> String.valueOf((char) point);
        };
    }

    /** Text around a word: anything but a q, in any case and width. */
    private static String filler(Random random) {
        List<String> parts = new ArrayList<>();
        for (int n = random.nextInt(12); n > 0; n--) {
            parts.add(String.valueOf(TEXT_LETTERS.charAt(random.nextInt(TEXT_LETTERS.length()))));
            if (random.nextInt(4) == 0) {
                parts.add(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
        }
        return String.join("", parts);
    }
}
