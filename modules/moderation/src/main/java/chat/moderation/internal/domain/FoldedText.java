package chat.moderation.internal.domain;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A text as the content policy reads it: only its letters and digits, each folded (NFKC, so
 * full-width letters and the usual look-alikes such as ligatures and circled letters become plain
 * ones; then lower case), with everything between them left out, so that "Ｂ ａ-D" reads "bad".
 * Each folded character remembers the piece of the original it came from (a character with its
 * combining marks), so a match can be judged and masked in the text as it was written.
 */
public final class FoldedText {

    /** Scripts written without spaces between words: a word of theirs needs no boundary around it. */
    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
            UnicodeScript.MYANMAR, UnicodeScript.TIBETAN);

    private final String original;
    private final String letters;
    private final int[] pieceStart;
    private final int[] pieceEnd;

    private FoldedText(String original, String letters, int[] pieceStart, int[] pieceEnd) {
        this.original = original;
        this.letters = letters;
        this.pieceStart = pieceStart;
        this.pieceEnd = pieceEnd;
    }

    public static FoldedText of(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < text.length()) {
            int start = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < text.length() && combining(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String piece = Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (int k = 0; k < piece.length(); ) {
                int codePoint = piece.codePointAt(k);
                k += Character.charCount(codePoint);
                if (!counts(codePoint)) {
                    continue;
                }
                if (letters.length() + 2 > starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                for (int c = 0; c < Character.charCount(codePoint); c++) {
                    starts[letters.length() + c] = start;
                    ends[letters.length() + c] = i;
                }
                letters.appendCodePoint(codePoint);
            }
        }
        return new FoldedText(text, letters.toString(), starts, ends);
    }

    /** A word as it is listed and looked for: its letters and digits, folded. */
    public static String word(String word) {
        return of(word).letters;
    }

    /** The folded letters and digits. */
    public String letters() {
        return letters;
    }

    /** Where in the original the piece of folded character {@code index} starts. */
    int start(int index) {
        return pieceStart[index];
    }

    /** Where in the original the piece of folded character {@code index} ends (exclusive). */
    int end(int index) {
        return pieceEnd[index];
    }

    /**
     * Whether the folded characters {@code first} to {@code last} stand as a word of their own in the
     * original: on each side where both the match and its neighbour are letters or digits of a script
     * written with spaces, the two must not touch ("ass" is not found in "class" nor in "was sent"),
     * while a word of Chinese or Japanese is found anywhere, and "b a d" is "bad".
     */
    boolean standsAlone(int first, int last) {
        int before = pieceStart[first] == 0 ? -1 : baseBefore(pieceStart[first]);
        int after = pieceEnd[last] >= original.length() ? -1 : original.codePointAt(pieceEnd[last]);
        return !(spaced(letters.codePointAt(first)) && spaced(before))
                && !(spaced(letters.codePointBefore(last + 1)) && spaced(after));
    }

    /** The code point before {@code index} in the original, its combining marks passed over. */
    private int baseBefore(int index) {
        int i = index;
        while (i > 0) {
            int codePoint = original.codePointBefore(i);
            if (!combining(codePoint)) {
                return codePoint;
            }
            i -= Character.charCount(codePoint);
        }
        return -1;
    }

    /** A letter or digit of a script that separates its words with spaces. */
    private static boolean spaced(int codePoint) {
        return codePoint >= 0 && Character.isLetterOrDigit(codePoint) && !UNSPACED.contains(UnicodeScript.of(codePoint));
    }

    /** What is kept: letters, digits and numbers, and the spacing marks some scripts write vowels with. */
    private static boolean counts(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** A mark written onto the character before it (and the half-width kana voicing marks, which NFKC makes so). */
    private static boolean combining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || codePoint == 0xFF9E || codePoint == 0xFF9F;
    }
}
