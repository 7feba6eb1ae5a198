package chat.redpack.internal.interfaces;

import static chat.testing.RequestBodies.read;
import static chat.testing.RequestBodies.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The wallet and red-packet bodies, read as the server reads them (Yasson, Hibernate Validator),
 * bind as the hand-written readers did and are refused in the same words, naming the field.
 */
class RedPackRequestsTest {

    @Test
    void aSendBindsEveryFieldAndLeavesAnAbsentGreetingToTheDefault() throws IOException {
        assertEquals(new RedPacketOrder(1000L, 5L, "hi", "c1"),
                read(RedPacketOrder.class, "{\"totalCents\":1000,\"count\":5,\"greeting\":\"hi\",\"clientId\":\"c1\",\"x\":1}"));
        assertEquals(new RedPacketOrder(9_007_199_254_740_993L, 3_000_000_000L, null, "c1"),
                read(RedPacketOrder.class, "{\"totalCents\":9007199254740993,\"count\":3000000000,\"clientId\":\"c1\"}"));
    }

    @Test
    void aSendWithoutAFieldItNeedsNamesIt() {
        assertEquals("totalCents: is required", refusal(RedPacketOrder.class, "{\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("count: is required", refusal(RedPacketOrder.class, "{\"totalCents\":5,\"clientId\":\"c1\"}"));
        assertEquals("clientId: is required", refusal(RedPacketOrder.class, "{\"totalCents\":5,\"count\":1,\"clientId\":null}"));
        assertEquals("body: a JSON object is required", refusal(RedPacketOrder.class, ""));
    }

    @Test
    void aSendWithAFieldOfTheWrongTypeNamesIt() {
        assertEquals("totalCents: must be a whole number",
                refusal(RedPacketOrder.class, "{\"totalCents\":10.5,\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("count: must be a whole number",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":\"5\",\"clientId\":\"c1\"}"));
        assertEquals("totalCents: is out of range",
                refusal(RedPacketOrder.class, "{\"totalCents\":99999999999999999999,\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("greeting: must be a string",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":5,\"greeting\":7,\"clientId\":\"c1\"}"));
        assertEquals("clientId: must not contain NUL characters",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":5,\"clientId\":\"a\\u0000b\"}"));
    }

    @Test
    void aTopUpAndACreditNeedAnAmountAndAClientId() throws IOException {
        assertEquals(new TopUpRequest(500L, "t1"), read(TopUpRequest.class, "{\"amountCents\":500,\"clientId\":\"t1\"}"));
        assertEquals(new CreditRequest(500L, "k1"), read(CreditRequest.class, "{\"amountCents\":500,\"clientId\":\"k1\"}"));
        assertEquals("amountCents: is required", refusal(TopUpRequest.class, "{\"clientId\":\"t1\"}"));
        assertEquals("clientId: is required", refusal(CreditRequest.class, "{\"amountCents\":500}"));
        assertEquals("amountCents: must be a whole number", refusal(CreditRequest.class, "{\"amountCents\":\"500\",\"clientId\":\"k1\"}"));
        assertEquals("clientId: must be a string", refusal(TopUpRequest.class, "{\"amountCents\":500,\"clientId\":1}"));
    }
}
