package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchGramsTest {

    @Test
    void chineseTextIsCutIntoEveryPairOfCharactersSoAWordInsideItIsAmongThem() {
        assertEquals(List.of("包啦", "抢红", "红包"), SearchGrams.of("抢红包啦"));
        assertTrue(SearchGrams.of("抢红包啦").containsAll(SearchGrams.of("红包")));
    }

    @Test
    void caseAndWidthAreFoldedAndNoGramHoldsWhiteSpace() {
        assertEquals(SearchGrams.of("lunch now"), SearchGrams.of("ＬＵＮＣＨ\u3000NOW"));
        assertEquals(List.of("ch", "lu", "nc", "no", "ow", "un"), SearchGrams.of("Lunch now"));
    }

    @Test
    void aGramIsTwoCharactersEvenOutsideTheBasicPlane() {
        assertEquals(List.of("😀a", "😀😀"), SearchGrams.of("😀😀a"));
    }

    @Test
    void oneCharacterAndRepeatedPairsGiveNoneAndOneGram() {
        assertEquals(List.of(), SearchGrams.of("は"));
        assertEquals(List.of(), SearchGrams.of("a b"));
        assertEquals(List.of("aa"), SearchGrams.of("aaaa"));
    }

    @Test
    void keysArePrefixedWithTheirConversationsHashSoTwoConversationsNeverShareOne() {
        String prefix = SearchGrams.prefix("g1");
        assertEquals(8, prefix.length());
        assertTrue(prefix.matches("[0-9a-f]{8}"), prefix);
        assertEquals(List.of(prefix + "包啦", prefix + "抢红", prefix + "红包"), SearchGrams.keys("g1", "抢红包啦"));
        assertNotEquals(SearchGrams.keys("g1", "红包"), SearchGrams.keys("g2", "红包"));
    }

    @Test
    void thePrefixIsTheStartOfTheMd5OfTheConversationId() {
        assertEquals("0120a4f9", SearchGrams.prefix("g1")); // PostgreSQL: substr(md5('g1'), 1, 8)
    }
}
