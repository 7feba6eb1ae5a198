package chat.moderation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

/** The content policy's matcher on the cases the contract names, one by one. */
class ContentMatcherTest {

    private static final ContentMatcher MATCHER = ContentMatcher.of(List.of(
            new ListedWord("badword", WordAction.BLOCK),
            new ListedWord("红包群", WordAction.BLOCK),
            new ListedWord("ass", WordAction.MASK),
            new ListedWord("darn", WordAction.MASK),
            new ListedWord("東京タワー", WordAction.MASK)));

    private static Optional<String> blocked(String text) {
        return MATCHER.screen(text).blockedBy().map(ListedWord::word);
    }

    private static String stored(String text) {
        return MATCHER.screen(text).stored();
    }

    @Test
    void aBlockWordIsFoundWhateverItsCaseWidthAndSpacing() {
        for (String text : List.of("badword", "a BadWord here", "ＢＡＤＷＯＲＤ", "b a d w o r d", "b.a.d-w_o*r!d",
                "bad\u200bword", "𝐛𝐚𝐝𝐰𝐨𝐫𝐝", "b̶a̶d̶w̶o̶r̶d̶", "badword!")) {
            assertEquals(Optional.of("badword"), blocked(text), text);
        }
    }

    @Test
    void chineseIsFoundInsideTextWithoutSpaces() {
        assertEquals(Optional.of("红包群"), blocked("快来加入红包群吧"));
        assertEquals(Optional.of("红包群"), blocked("红 包 群"));
        assertEquals(Optional.empty(), blocked("抢红包啦"));
    }

    @Test
    void aWordInsideAnotherWordOfSpacedScriptsIsLeftAlone() {
        assertEquals("class was sent, bass and assets", stored("class was sent, bass and assets"));
        assertEquals(Optional.empty(), blocked("badwords are longer"));
        assertEquals(Optional.of("badword"), blocked("东京badword东京"), "next to Chinese, English stands alone");
    }

    @Test
    void aMaskWordKeepsWhatStoodBetweenItsLettersAndStarsEachLetter() {
        assertEquals("what a ****!", stored("what a darn!"));
        assertEquals("what a * * * *!", stored("what a d a r n!"));
        assertEquals("**** → ****", stored("ＤＡＲＮ → darn"));
        assertEquals("you ***, ****", stored("you ass, DARN"));
        assertEquals("行こう*****へ", stored("行こう東京タワーへ"));
        assertEquals("e\u0301 ****", stored("e\u0301 darn"), "a mark before stays; only the word's letters change");
    }

    @Test
    void theMaskedWordsAreNamedOnceEach() {
        Screening screening = MATCHER.screen("darn it, darn, and you ass");
        assertEquals(List.of("darn", "ass"), screening.masked().stream().map(ListedWord::word).toList());
        assertTrue(screening.blockedBy().isEmpty());
    }

    @Test
    void aListedWordNeedsALetterOrDigitAndAnAction() {
        assertThrows(InvalidInputException.class, () -> ListedWord.of("  ", "BLOCK"));
        assertThrows(InvalidInputException.class, () -> ListedWord.of("!!! ***", "BLOCK"));
        assertThrows(InvalidInputException.class, () -> ListedWord.of("word", "DELETE"));
        assertThrows(InvalidInputException.class, () -> ListedWord.of("word", null));
        assertThrows(InvalidInputException.class, () -> ListedWord.of("x".repeat(ListedWord.MAX_LENGTH + 1), "MASK"));
        assertEquals("badword", ListedWord.of(" B-A-D word ", "BLOCK").key());
    }

    @Test
    void anEmptyListPassesEverything() {
        assertEquals("anything at all", ContentMatcher.EMPTY.screen("anything at all").stored());
    }
}
