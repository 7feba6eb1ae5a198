package chat.push.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.zerodeplibs.webpush.MessageEncryptions;
import com.zerodeplibs.webpush.PushMessage;
import com.zerodeplibs.webpush.UserAgentMessageEncryptionKeyInfo;

import chat.testing.WebPushDecryption;

/**
 * The push encryption holds to RFC 8291: the test's own decryption, written from the RFCs, reads
 * the RFC's worked example (Appendix A), and then reads what the library encrypts with a random
 * salt and sender key, as a browser would.
 */
class WebPushEncryptionTest {

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final byte[] UA_PUBLIC = B64.decode(
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
    private static final byte[] UA_PRIVATE = B64.decode("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94");
    private static final byte[] AUTH = B64.decode("BTBZMqHH6r4Tts7J_aSIgg");
    private static final byte[] APPENDIX_A_MESSAGE = B64.decode("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBt"
            + "kgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLV"
            + "WGNWQexSgSxsj_Qulcy4a-fN");

    @Test
    void theDecryptionReadsTheWorkedExampleOfRfc8291() throws Exception {
        assertEquals(PLAINTEXT, new String(WebPushDecryption.decrypt(APPENDIX_A_MESSAGE, UA_PRIVATE, UA_PUBLIC, AUTH),
                StandardCharsets.UTF_8));
    }

    @Test
    void whatTheLibraryEncryptsIsReadAsTheRfcSays() throws Exception {
        var encrypted = MessageEncryptions.of().encrypt(UserAgentMessageEncryptionKeyInfo.of(UA_PUBLIC, AUTH),
                PushMessage.of(PLAINTEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("aes128gcm", encrypted.contentEncoding());
        assertEquals(PLAINTEXT, new String(WebPushDecryption.decrypt(encrypted.toBytes(), UA_PRIVATE, UA_PUBLIC, AUTH),
                StandardCharsets.UTF_8));
    }
}
