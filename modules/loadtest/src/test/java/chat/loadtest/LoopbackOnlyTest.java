package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:5432/chat_bench", "jdbc:postgresql://localhost/chat",
            "jdbc:postgresql://[::1]:5432/chat?sslmode=disable", "jdbc:postgresql://127.0.0.1?ApplicationName=x"})
    void acceptsADatabaseOnThisMachine(String url) {
        assertEquals(url, LoopbackOnly.checkDatabase(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example.com:5432/chat", "jdbc:postgresql://10.0.0.5/chat",
            "jdbc:postgresql://127.0.0.1:5432,10.0.0.5:5432/chat", "jdbc:postgresql:chat", "jdbc:postgresql:///chat",
            "jdbc:mysql://127.0.0.1/chat", "jdbc:postgresql://user@127.0.0.1/chat", "jdbc:postgresql://[::2]/chat",
            "jdbc:postgresql://localhost.example.com/chat", "jdbc:postgresql://[::1"})
    void refusesAnyOtherDatabase(String url) {
        assertThrows(IllegalArgumentException.class, () -> LoopbackOnly.checkDatabase(url));
    }

    @Test
    void spreadsOverLoopbackAddressesOnTheSamePort() {
        URI base = LoopbackOnly.check("http://localhost:9080");
        assertEquals(List.of(base), LoopbackOnly.spread(base, 1));
        assertEquals(List.of(URI.create("http://127.0.0.1:9080"), URI.create("http://127.0.0.2:9080"),
                URI.create("http://127.0.0.3:9080")), LoopbackOnly.spread(base, 3));
        assertEquals(URI.create("https://127.0.0.254"), LoopbackOnly.spread(URI.create("https://[::1]"), 254).get(253));
        assertThrows(IllegalArgumentException.class, () -> LoopbackOnly.spread(base, 0));
        assertThrows(IllegalArgumentException.class, () -> LoopbackOnly.spread(base, 255));
    }

    @Test
    void socketsGoToEveryNodeOfAClusterInTurnEachSpreadOverItsAddresses() {
        URI base = LoopbackOnly.check("http://127.0.0.1:9280");
        assertEquals(List.of(base), LoopbackOnly.socketRoots(base, Options.parse()));
        assertEquals(List.of(URI.create("http://127.0.0.1:9081"), URI.create("http://127.0.0.1:9082")),
                LoopbackOnly.socketRoots(base, Options.parse("--ws-bases", "http://127.0.0.1:9081, http://127.0.0.1:9082")));
        assertEquals(List.of(URI.create("http://127.0.0.1:9081"), URI.create("http://127.0.0.1:9082"),
                        URI.create("http://127.0.0.2:9081"), URI.create("http://127.0.0.2:9082")),
                LoopbackOnly.socketRoots(base, Options.parse("--ws-bases", "http://127.0.0.1:9081,http://127.0.0.1:9082",
                        "--server-addresses", "2")));
        assertThrows(IllegalArgumentException.class,
                () -> LoopbackOnly.socketRoots(base, Options.parse("--ws-bases", "http://example.org:9081")));
        assertThrows(IllegalArgumentException.class, () -> LoopbackOnly.socketRoots(base, Options.parse("--ws-bases", ",")));
    }

    @Test
    void webSocketUriKeepsTheServerRootAndEncodesTheTicket() {
        assertEquals(URI.create("ws://127.0.0.2:9080/ws?ticket=a%2Bb"),
                ChatApi.webSocketUri(URI.create("http://127.0.0.2:9080"), "a+b"));
        assertEquals(URI.create("wss://127.0.0.2:9443/ws?ticket=t"),
                ChatApi.webSocketUri(URI.create("https://127.0.0.2:9443"), "t"));
    }
}
