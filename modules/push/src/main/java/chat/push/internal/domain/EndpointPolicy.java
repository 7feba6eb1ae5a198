package chat.push.internal.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import chat.platform.errors.InvalidInputException;

/**
 * Which push endpoints the server will call: an {@code https} URL on a host that resolves to public
 * addresses only, so that no subscription turns the server into a way into the company network.
 * Hosts the operator allows by name ({@code CHAT_PUSH_ALLOWED_HOSTS}) are exempt, over plain HTTP
 * too: a trial or a test plays the push service on the same machine. The check runs when a device
 * subscribes and again before every push (a name may resolve elsewhere later).
 */
public final class EndpointPolicy {

    public static final int MAX_LENGTH = 2_000;

    /** Resolves a host name to its addresses; the JDK's resolver in production. */
    public interface Resolver {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public EndpointPolicy(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.resolver = resolver;
    }

    /** The endpoint as a URI, or a 400 naming {@code endpoint} and why it is refused. */
    public URI check(String endpoint) {
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_LENGTH) {
            throw refused("must be a URL of 1 to " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null) {
            throw refused("must name a host, and no user");
        }
        if (allowedHosts.contains(host)) {
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw refused("must be an http or https URL");
            }
            return uri;
        }
        if (!scheme.equals("https")) {
            throw refused("must be an https URL");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.addresses(host);
        } catch (UnknownHostException e) {
            throw refused("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw refused("names a host inside a private network");
            }
        }
        return uri;
    }

    /** Loopback, private (RFC 1918, IPv6 unique local), link-local, unspecified, multicast or carrier-grade NAT. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10
    }

    private static InvalidInputException refused(String problem) {
        return new InvalidInputException("endpoint", problem);
    }
}
