package chat.loadtest;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load goes to this machine only: the base URL's host must be {@code localhost}, an address in
 * 127.0.0.0/8, or {@code [::1]}. Host names other than {@code localhost} are refused without a
 * DNS lookup, so a name that happens to resolve to loopback today is refused too. The same
 * holds for the database URL a scenario reads statistics from ({@link #checkDatabase}).
 */
final class LoopbackOnly {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackOnly() {
    }

    /** The base URL without a trailing slash; refuses anything but a loopback http(s) server root. */
    static URI check(String base) {
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--base is not a URL: " + base);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--base must be http:// or https://: " + base);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("--base must be a server root like http://localhost:9080: " + base);
        }
        String host = uri.getHost();
        if (host == null || !isLoopback(host)) {
            throw new IllegalArgumentException("refusing --base " + base
                    + ": the load generator only talks to localhost, 127.x.x.x or [::1]");
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * The server roots to spread connections over: {@code base} itself when {@code count} is 1,
     * else {@code base}'s scheme and port on 127.0.0.1, 127.0.0.2, ... 127.0.0.{count} (all
     * loopback, each checked like {@code --base}). Linux lets {@code connect()} reuse an ephemeral
     * port for another destination address, so without binding a local address the client gets
     * its port range once per address. The server must listen on all of them (Liberty's
     * {@code host="*"}); for https its certificate must also name them.
     */
    static List<URI> spread(URI base, int count) {
        if (count < 1 || count > 254) {
            throw new IllegalArgumentException("server addresses must be between 1 and 254: " + count);
        }
        if (count == 1) {
            return List.of(base);
        }
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        List<URI> roots = new ArrayList<>(count);
        for (int a = 1; a <= count; a++) {
            roots.add(check(base.getScheme() + "://127.0.0." + a + port));
        }
        return roots;
    }

    /**
     * The server roots the WebSockets of a run go to: the nodes of a cluster named by
     * {@code --ws-bases} (comma-separated roots, each checked like {@code --base}), else the
     * {@code --base} server; each spread over {@code --server-addresses} loopback addresses.
     * Consecutive sockets go to different nodes. Tickets and setup still go to {@code --base}: a
     * ticket is good on every node of a cluster.
     */
    static List<URI> socketRoots(URI base, Options options) {
        List<URI> nodes = options.string("ws-bases").map(list -> Stream.of(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(LoopbackOnly::check).toList()).orElse(List.of(base));
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("--ws-bases names no server");
        }
        int addresses = options.integer("server-addresses", 1, 1, 254);
        List<List<URI>> spreadNodes = nodes.stream().map(node -> spread(node, addresses)).toList();
        List<URI> roots = new ArrayList<>(nodes.size() * addresses);
        for (int a = 0; a < addresses; a++) {
            for (List<URI> node : spreadNodes) {
                roots.add(node.get(a));
            }
        }
        return roots;
    }

    /**
     * A PostgreSQL JDBC URL on this machine: {@code jdbc:postgresql://HOST[:PORT]/...} with one
     * host, checked like {@code --base}. Answers the URL unchanged.
     */
    static String checkDatabase(String url) {
        String scheme = "jdbc:postgresql://";
        if (!url.startsWith(scheme)) {
            throw new IllegalArgumentException("the database URL must start with " + scheme + ": " + url);
        }
        String rest = url.substring(scheme.length());
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String authority = rest.substring(0, end);
        if (authority.contains(",") || authority.contains("@")) {
            throw new IllegalArgumentException("refusing database URL " + url + ": one host, no user part");
        }
        String host;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? "" : authority.substring(0, close + 1);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
        }
        if (host.isEmpty() || !isLoopback(host)) {
            throw new IllegalArgumentException("refusing database URL " + url
                    + ": the load generator only talks to localhost, 127.x.x.x or [::1]");
        }
        return url;
    }

    private static boolean isIpv4Literal(String host) {
        if (!IPV4.matcher(host).matches()) {
            return false;
        }
        for (String octet : host.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]");
        if (!ipv6 && !isIpv4Literal(host)) {
            return false;
        }
        try {
            // A literal address: getByName parses it and does not consult DNS.
            InetAddress address = InetAddress.getByName(ipv6 ? host.substring(1, host.length() - 1) : host);
            return address.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
