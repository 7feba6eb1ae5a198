package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static List<String> marked(String text, String query) {
        return Highlights.of(text, query).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void everyMatchIsMarkedWhateverItsCase() {
        assertEquals(List.of("Lunch", "lunch"), marked("Lunch? Yes, lunch at noon", "LUNCH"));
    }

    @Test
    void wordsInsideChineseTextAreMarked() {
        assertEquals(List.of("红包"), marked("抢红包啦", "红包"));
        assertEquals(List.of(new Highlights.Range(1, 3)), Highlights.of("抢红包啦", "红包"));
    }

    @Test
    void fullWidthLettersAndEmojiKeepTheirPlaceInTheText() {
        assertEquals(List.of("ＬＵＮＣＨ"), marked("😀 ＬＵＮＣＨ time", "lunch"));
        assertEquals(List.of(new Highlights.Range(3, 8)), Highlights.of("😀 ＬＵＮＣＨ time", "lunch"));
    }

    @Test
    void noMatchAndNoTextMarkNothingAndTenAreTheMost() {
        assertEquals(List.of(), marked("nothing here", "lunch"));
        assertEquals(List.of(), Highlights.of(null, "lunch"));
        assertEquals(Highlights.MAX_RANGES, Highlights.of("ha".repeat(50), "ha").size());
    }
}
