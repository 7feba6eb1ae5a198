package chat.messaging.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What search indexes and asks for (ADR 0018): the two-character grams of a text folded the way a
 * search matches (NFKC, lower case), none holding white space, so "抢红包啦" has 抢红, 红包 and 包啦
 * and a query "红包" finds it; and the keys stored for a message: its grams and one key of its
 * conversation ({@code #} and a short hash of the id), so that one index lookup asks for messages
 * holding the grams within the caller's conversations. Stored keys and a query's grams both come
 * from here, so they never disagree.
 */
public final class SearchGrams {

    /** Hex characters of the conversation id's md5 in its key. */
    static final int HASH_LENGTH = 8;

    private SearchGrams() {
    }

    /** The text as search compares it: NFKC, then lower case. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The distinct grams of the folded text, sorted; none for a text of one character. */
    public static List<String> of(String text) {
        int[] points = fold(text).codePoints().toArray();
        SortedSet<String> grams = new TreeSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            if (!space(points[i]) && !space(points[i + 1])) {
                grams.add(new String(points, i, 2));
            }
        }
        return List.copyOf(grams);
    }

    /**
     * What a message of this conversation with this text is indexed under: its grams and its
     * conversation's key; nothing for a text without grams (one character), which search reads
     * from the rows.
     */
    public static List<String> keys(String conversationId, String text) {
        List<String> grams = of(text);
        if (grams.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(grams);
        keys.add(conversationKey(conversationId));
        return keys;
    }

    /**
     * {@code #} and the first {@value #HASH_LENGTH} hex characters of the md5 of the conversation
     * id: never a gram (a gram holds no white space, and two characters only). Two conversations
     * may share one; the row check sorts them apart.
     */
    public static String conversationKey(String conversationId) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(md5, 0, HASH_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private static boolean space(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
