package chat.identity.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void byDefaultForwardedForIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(" ");
        assertEquals("203.0.113.7", addresses.of("203.0.113.7", "10.0.0.1"));
        assertEquals("203.0.113.7", new ClientAddresses(null).of("203.0.113.7", "10.0.0.1"));
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheClientBehindIt() {
        ClientAddresses addresses = new ClientAddresses("192.168.0.10, 192.168.0.11");
        assertEquals("198.51.100.4", addresses.of("192.168.0.10", "198.51.100.4"));
        assertEquals("198.51.100.4", addresses.of("192.168.0.10", "198.51.100.4, 192.168.0.11"));
    }

    @Test
    void whatTheClientWroteItselfBeforeTheProxyIsNotBelieved() {
        ClientAddresses addresses = new ClientAddresses("192.168.0.10");
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
        assertEquals("198.51.100.4", addresses.of("192.168.0.10", "1.2.3.4, 198.51.100.4"));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItSays() {
        ClientAddresses addresses = new ClientAddresses("192.168.0.10");
        assertEquals("203.0.113.7", addresses.of("203.0.113.7", "198.51.100.4"));
    }

    @Test
    void aTrustedProxyWithoutAHeaderIsItselfTheClient() {
        ClientAddresses addresses = new ClientAddresses("192.168.0.10");
        assertEquals("192.168.0.10", addresses.of("192.168.0.10", null));
        assertEquals("192.168.0.10", addresses.of("192.168.0.10", " , "));
    }
}
