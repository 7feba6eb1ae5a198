package chat.push.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class EndpointPolicyTest {

    /** Names as a DNS would answer them, without asking one. */
    private static final Map<String, String> DNS = Map.of("push.example.com", "142.250.74.46",
            "intranet.example.com", "10.1.2.3", "rebound.example.com", "127.0.0.1", "v6.example.com", "fd12:3456::1",
            "cgnat.example.com", "100.64.0.9", "metadata.example.com", "169.254.169.254");

    private final EndpointPolicy policy = new EndpointPolicy(Set.of("Localhost", "127.0.0.1"), host -> {
        if (host.startsWith("[") || Character.isDigit(host.charAt(0))) {
            return InetAddress.getAllByName(host); // a literal: no lookup
        }
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    });

    private String refusal(String endpoint) {
        var refused = assertThrows(InvalidInputException.class, () -> policy.check(endpoint));
        assertEquals("endpoint", refused.field());
        return refused.getMessage();
    }

    @Test
    void anHttpsEndpointOnAPublicHostIsTaken() {
        assertEquals(URI.create("https://push.example.com/send/abc"), policy.check("https://push.example.com/send/abc"));
    }

    @Test
    void hostsInsideTheNetworkAreRefusedWhateverTheirName() {
        for (String host : new String[] {"intranet.example.com", "rebound.example.com", "v6.example.com",
                "cgnat.example.com", "metadata.example.com", "[::1]", "10.0.0.1", "192.168.1.1", "172.16.0.1", "0.0.0.0"}) {
            assertTrue(refusal("https://" + host + "/x").contains("private network"), host);
        }
    }

    @Test
    void onlyHttpsUnlessTheOperatorAllowedTheHost() {
        assertTrue(refusal("http://push.example.com/x").contains("https"));
        assertTrue(refusal("ftp://push.example.com/x").contains("https"));
        assertEquals(URI.create("http://localhost:8123/push/1"), policy.check("http://localhost:8123/push/1"));
        assertEquals(URI.create("http://127.0.0.1:8123/push/1"), policy.check("http://127.0.0.1:8123/push/1"));
        assertTrue(refusal("file://localhost/etc/passwd").contains("http"));
    }

    @Test
    void whatIsNoUsableUrlIsRefused() {
        refusal(null);
        refusal("");
        refusal("not a url");
        refusal("https:///no-host");
        refusal("https://user:pw@push.example.com/x");
        refusal("https://nowhere.example.com/x");
        refusal("https://push.example.com/" + "x".repeat(EndpointPolicy.MAX_LENGTH));
    }

    @Test
    void publicAddressesAreNotInternal() throws UnknownHostException {
        assertFalse(EndpointPolicy.internal(InetAddress.getByName("142.250.74.46")));
        assertFalse(EndpointPolicy.internal(InetAddress.getByName("2a00:1450:4001:80b::200e")));
        assertFalse(EndpointPolicy.internal(InetAddress.getByName("100.128.0.1")));
    }
}
