package chat.identity.internal.interfaces;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which address a request came from, for the login throttle. {@code X-Forwarded-For} is anyone's
 * to write, so it is believed only when the request came straight from a proxy the operator named
 * ({@code CHAT_LOGIN_TRUSTED_PROXIES}, none by default): then the client is the right-most address
 * in the header that is not itself one of those proxies. Otherwise it is the connection's peer.
 */
final class ClientAddresses {

    private final Set<String> trustedProxies;

    ClientAddresses(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address: the peer's, or the one a trusted proxy vouches for. */
    String of(String peer, String forwardedFor) {
        if (peer == null || !trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }
}
