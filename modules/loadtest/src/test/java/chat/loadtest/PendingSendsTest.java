package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PendingSendsTest {

    @Test
    void acksAndErrorsNamingAClientMsgIdAreAnswersEvenWhenNoSendWaitsForThem() {
        PendingSends sends = new PendingSends();
        assertTrue(sends.answered(JsonText.parse("{\"type\":\"ack\",\"clientMsgId\":\"late\",\"seq\":3}")));
        assertTrue(sends.answered(JsonText.parse("{\"type\":\"error\",\"clientMsgId\":\"x\",\"code\":\"RATE_LIMITED\"}")));
        assertFalse(sends.answered(JsonText.parse("{\"type\":\"error\",\"code\":\"BAD_REQUEST\"}"))); // a pull's error
        assertFalse(sends.answered(JsonText.parse("{\"type\":\"notify\",\"groupId\":\"g\",\"seq\":3}")));
    }
}
