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
    void aMessageIsKeyedByItsGramsAndItsConversation() {
        String conversation = SearchGrams.conversationKey("g1");
        assertEquals("#0120a4f9", conversation); // PostgreSQL: '#' || substr(md5('g1'), 1, 8)
        assertEquals(List.of("包啦", "抢红", "红包", conversation), SearchGrams.keys("g1", "抢红包啦"));
        assertNotEquals(SearchGrams.keys("g1", "红包"), SearchGrams.keys("g2", "红包"));
        assertEquals(List.of(), SearchGrams.keys("g1", "は"), "no gram, no keys: the rows are read instead");
    }
}
