package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9080", "http://LOCALHOST:9080/", "http://127.0.0.1:9080",
            "http://127.1.2.3:8080", "https://localhost:9443", "http://[::1]:9080"})
    void acceptsLoopback(String base) {
        assertEquals(base.replaceAll("/$", ""), LoopbackOnly.check(base).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com:9080", "http://10.0.0.5:9080", "http://0.0.0.0:9080",
            "http://127.0.0.1.example.com", "http://127.0.0.300:9080", "http://localhost.example.com",
            "http://[::2]:9080", "http://192.168.1.1", "ftp://localhost", "ws://localhost:9080",
            "http://localhost:9080/api", "http://user@localhost:9080", "localhost:9080", "not a url"})
    void refusesEverythingElse(String base) {
        assertThrows(IllegalArgumentException.class, () -> LoopbackOnly.check(base));
    }
}
