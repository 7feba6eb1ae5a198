package chat.identity.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OperatorKeysTest {

    private static OperatorKeys keys(String unnamed, String named) {
        OperatorKeys keys = new OperatorKeys();
        keys.unnamed = Optional.ofNullable(unnamed);
        keys.named = Optional.ofNullable(named);
        keys.load();
        return keys;
    }

    @Test
    void eachNamedKeyAnswersItsOwnName() {
        OperatorKeys keys = keys(null, "hr-sync:0123456789abcdef, alice : fedcba9876543210fedc");
        assertEquals(Optional.of("hr-sync"), keys.nameOf("0123456789abcdef"));
        assertEquals(Optional.of("alice"), keys.nameOf("fedcba9876543210fedc"));
    }

    @Test
    void theUnnamedKeyIsTheOperatorBesideNamedOnes() {
        OperatorKeys keys = keys("the-single-key", "bot:0123456789abcdef");
        assertEquals(Optional.of("operator"), keys.nameOf("the-single-key"));
        assertEquals(Optional.of("bot"), keys.nameOf("0123456789abcdef"));
    }

    @Test
    void anythingElseIsNoKey() {
        OperatorKeys keys = keys("the-single-key", "bot:0123456789abcdef");
        for (String wrong : new String[] {null, "", "the-single-ke", "the-single-key ", "0123456789abcdeF", "bot"}) {
            assertFalse(keys.nameOf(wrong).isPresent(), String.valueOf(wrong));
        }
    }

    @Test
    void theListKeepsItsOrderAndAnEmptyListIsNone() {
        assertEquals(List.of("b", "a"), List.copyOf(OperatorKeys.parse("b:0123456789abcdef,a:0123456789abcdeg").keySet()));
        assertTrue(OperatorKeys.parse("").isEmpty());
        assertTrue(OperatorKeys.parse("  ").isEmpty());
        assertEquals(Map.of("k", "a:b:c-0123456789ab"), OperatorKeys.parse("k:a:b:c-0123456789ab"));
    }

    @Test
    void aMalformedListStopsTheStartWithoutQuotingAKey() {
        String[] bad = {"nokey", ":0123456789abcdef", "bad name:0123456789abcdef", "short:012345678",
            "operator:0123456789abcdef", "server:0123456789abcdef", "a:0123456789abcdef,a:0123456789abcdeg",
            "a:0123456789abcdef,,", "x".repeat(41) + ":0123456789abcdef"};
        for (String list : bad) {
            var refused = assertThrows(IllegalStateException.class, () -> OperatorKeys.parse(list), list);
            assertTrue(refused.getMessage().startsWith("CHAT_ADMIN_API_KEYS entry "), refused.getMessage());
            assertFalse(refused.getMessage().contains("0123456789"), refused.getMessage());
        }
    }
}
