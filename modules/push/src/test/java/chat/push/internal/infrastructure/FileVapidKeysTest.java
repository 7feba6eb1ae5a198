package chat.push.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;

class FileVapidKeysTest {

    private static Properties made() throws IOException {
        Properties keys = new Properties();
        keys.load(new StringReader(FileVapidKeys.made()));
        return keys;
    }

    @Test
    void aMadePairIsAP256PairInTheFormBrowsersTake() throws IOException {
        Properties keys = made();
        byte[] point = Base64.getUrlDecoder().decode(keys.getProperty("public"));
        assertEquals(65, point.length);
        assertEquals(0x04, point[0]);
        assertEquals(32, Base64.getUrlDecoder().decode(keys.getProperty("private")).length);
        var pair = FileVapidKeys.pairOf(keys.getProperty("public"), keys.getProperty("private"));
        assertEquals(keys.getProperty("public"), pair.extractPublicKeyInUncompressedFormAsString());
        assertNotEquals(keys.getProperty("public"), made().getProperty("public"), "each pair is new");
    }

    @Test
    void thePairSignsAVapidHeaderNamingItsPublicKey() throws IOException {
        Properties keys = made();
        var pair = FileVapidKeys.pairOf(keys.getProperty("public"), keys.getProperty("private"));
        String header = pair.generateAuthorizationHeaderValue(VAPIDJWTParam.getBuilder()
                .resourceURLString("https://push.example.com/send/1").expiresAfter(10, TimeUnit.MINUTES)
                .subject("mailto:ops@example.com").build());
        assertTrue(header.startsWith("vapid t="), header);
        assertTrue(header.endsWith(", k=" + keys.getProperty("public")), header);
    }

    @Test
    void keysThatAreNoPairAreRefusedAtOnce() {
        assertThrows(IllegalStateException.class, () -> FileVapidKeys.pairOf("BAAA", "not-a-key"));
    }
}
