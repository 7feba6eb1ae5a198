package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import chat.moderation.internal.domain.ContentMatcher;
import chat.moderation.internal.domain.ListedWord;
import chat.moderation.internal.domain.Screening;
import chat.moderation.internal.domain.WordAction;

/**
 * {@code content-matcher}: the content policy's matcher alone, in this process (no server): a list of
 * {@code --words} (default 10,000) generated words, half English-like and half Chinese, each BLOCK
 * or MASK, built into a {@link ContentMatcher}; then {@code --texts} (1,000) texts of
 * {@code --text-chars} (1,000) characters, drawn from the same letters and characters (so the
 * automaton follows many partial matches), are screened {@code --rounds} (7) times. Reports the
 * build time and the texts screened a second (median and slowest round; the first round, which
 * warms the JIT, is left out of both), and how many texts held a word. The server screens each
 * text once per send, on the request's thread, with the same code.
 */
final class ContentMatcherScenario implements Scenario {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    @Override
    public String name() {
        return "content-matcher";
    }

    @Override
    public ResultTable run(RunContext context) {
        int wordCount = context.options().integer("words", 10_000, 1, 1_000_000);
        int textCount = context.options().integer("texts", 1_000, 1, 100_000);
        int textChars = context.options().integer("text-chars", 1_000, 10, 100_000);
        int rounds = context.options().integer("rounds", 7, 2, 100);
        ResultTable table = new ResultTable("content-matcher: a " + wordCount + "-word list against texts of "
                + textChars + " characters, in this process")
                .parameters(context.parameters(name(), "words", wordCount, "texts", textCount, "text-chars", textChars,
                        "rounds", rounds));
        Random random = new Random(42);
        List<ListedWord> words = new ArrayList<>(wordCount);
        for (int i = 0; i < wordCount; i++) {
            String word = i % 2 == 0 ? latin(random, 5 + random.nextInt(6)) : chinese(random, 2 + random.nextInt(3));
            words.add(new ListedWord(word, random.nextInt(4) == 0 ? WordAction.BLOCK : WordAction.MASK));
        }
        List<String> texts = new ArrayList<>(textCount);
        for (int i = 0; i < textCount; i++) {
            texts.add(text(random, textChars));
        }

        long built = System.nanoTime();
        ContentMatcher matcher = ContentMatcher.of(words);
        table.row("matcher built from the list", Units.millis((System.nanoTime() - built) / 1e6));

        double[] rates = new double[rounds - 1];
        int holding = 0;
        for (int round = 0; round < rounds; round++) {
            int found = 0;
            long started = System.nanoTime();
            for (String text : texts) {
                Screening screening = matcher.screen(text);
                if (!screening.found().isEmpty()) {
                    found++;
                }
                screening.stored(); // the masked text, as a send stores it
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (round > 0) {
                rates[round - 1] = textCount / seconds;
            }
            holding = found;
        }
        Stats stats = Stats.of(rates);
        table.row("texts screened a second, median of " + (rounds - 1) + " rounds", Units.perSecond(stats.median()))
                .row("texts screened a second, slowest round", Units.perSecond(stats.percentile(1)))
                .row("characters screened a second, median", Units.perSecond(stats.median() * textChars))
                .row("texts holding a listed word", holding + " of " + textCount);
        return table;
    }

    private static String latin(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** Characters from the first 500 code points of the CJK block, so words and texts share them. */
    private static String chinese(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) (0x4E00 + random.nextInt(500)));
        }
        return word.toString();
    }

    /** English-like words between spaces and runs of Chinese, with some punctuation. */
    private static String text(Random random, int chars) {
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            switch (random.nextInt(3)) {
                case 0 -> text.append(chinese(random, 2 + random.nextInt(8)));
                case 1 -> text.append(latin(random, 2 + random.nextInt(7))).append(' ');
                default -> text.append(latin(random, 3 + random.nextInt(5))).append(random.nextBoolean() ? ", " : ". ");
            }
        }
        return text.substring(0, chars);
    }
}
