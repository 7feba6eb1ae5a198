package chat.messaging.internal.domain;

import java.util.ArrayList;
import java.util.List;

import chat.platform.errors.InvalidInputException;

/**
 * How many members reacted to a message with each emoji, in the order each emoji first came; at
 * most {@value #MAX_EMOJI} different ones. A reaction is not a message: it takes no seq.
 */
public record Reactions(List<Count> counts) {

    public static final int MAX_EMOJI = 20;
    public static final int MAX_EMOJI_CODE_POINTS = 16;
    public static final Reactions NONE = new Reactions(List.of());

    public record Count(String emoji, int count) {
    }

    public Reactions {
        counts = List.copyOf(counts);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public boolean has(String emoji) {
        return counts.stream().anyMatch(c -> c.emoji().equals(emoji));
    }

    /** Whether one more member may react with this emoji: it is there already, or there is room for another. */
    public boolean roomFor(String emoji) {
        return has(emoji) || counts.size() < MAX_EMOJI;
    }

    /** One more member reacted with the emoji (the caller checked {@link #roomFor}). */
    public Reactions added(String emoji) {
        List<Count> next = new ArrayList<>(counts);
        int at = indexOf(emoji);
        if (at < 0) {
            next.add(new Count(emoji, 1));
        } else {
            next.set(at, new Count(emoji, counts.get(at).count() + 1));
        }
        return new Reactions(next);
    }

    /** One member took their reaction back; an emoji nobody holds any more goes. */
    public Reactions removed(String emoji) {
        int at = indexOf(emoji);
        if (at < 0) {
            return this;
        }
        List<Count> next = new ArrayList<>(counts);
        int left = counts.get(at).count() - 1;
        if (left > 0) {
            next.set(at, new Count(emoji, left));
        } else {
            next.remove(at);
        }
        return new Reactions(next);
    }

    private int indexOf(String emoji) {
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i).emoji().equals(emoji)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One emoji as a client sends it: 1 to {@value #MAX_EMOJI_CODE_POINTS} code points, starting
     * with a pictograph (or a keycap's digit, {@code #} or {@code *}), the rest pictographs,
     * joiners, variation selectors, skin tones, keycaps and tags. Letters, spaces and punctuation
     * are refused, so a reaction cannot carry a message.
     */
    public static String emoji(String emoji) {
        if (emoji == null || emoji.isEmpty() || emoji.codePointCount(0, emoji.length()) > MAX_EMOJI_CODE_POINTS) {
            throw new InvalidInputException("emoji", "must be one emoji, at most " + MAX_EMOJI_CODE_POINTS + " code points");
        }
        int[] points = emoji.codePoints().toArray();
        boolean keycap = points.length > 1 && points[points.length - 1] == 0x20E3;
        if (!(pictograph(points[0]) || keycap && keycapBase(points[0]))) {
            throw new InvalidInputException("emoji", "must be one emoji");
        }
        for (int i = 1; i < points.length; i++) {
            if (!pictograph(points[i]) && !joining(points[i])) {
                throw new InvalidInputException("emoji", "must be one emoji");
            }
        }
        return emoji;
    }

    private static boolean pictograph(int point) {
        return Character.getType(point) == Character.OTHER_SYMBOL || point == 0x203C || point == 0x2049;
    }

    /** Zero-width joiner, variation selectors, skin tones, the keycap mark, and tag characters (subdivision flags). */
    private static boolean joining(int point) {
        return point == 0x200D || point == 0xFE0F || point == 0xFE0E || point >= 0x1F3FB && point <= 0x1F3FF
                || point == 0x20E3 || point >= 0xE0020 && point <= 0xE007F;
    }

    private static boolean keycapBase(int point) {
        return point >= '0' && point <= '9' || point == '#' || point == '*';
    }
}
