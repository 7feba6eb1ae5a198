package chat.loadtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line: {@code --name value} or {@code --name=value}. Unknown names are refused so a
 * typo cannot silently run the defaults. Each scenario reads the options it uses with its own
 * defaults; with {@code --scenario all}, an option given here applies to every scenario using it.
 */
final class Options {

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("scenario", "provision | logins | tokens | websocket | joins | big-group | members-listing"
                + " | conversations | messages | store-rate | idle-connections | unread | redpack | media | chaos, several"
                + " separated by commas, or all (every one but store-rate and chaos) (required)");
        KNOWN.put("base", "server root, loopback only (default http://localhost:9080)");
        KNOWN.put("admin-key", "operator key (visible in the process list; prefer the next two)");
        KNOWN.put("admin-key-file", "file holding the operator key (default var/admin-api-key)");
        KNOWN.put("users", "users to create (provision 20000, logins 200, tokens 100; joins 2000, who join one group)");
        KNOWN.put("batch", "users per operator batch, at most 1000 (default 1000)");
        KNOWN.put("encoding", "json | protobuf: the frames of every socket that sends and reads them (messages,"
                + " store-rate, unread, chaos; default json, no subprotocol; protobuf asks for chat.v1.proto)");
        KNOWN.put("concurrency", "parallel requests (provision 2, logins 4, tokens 8, websocket 8, joins 16,"
                + " big-group and members-listing 2 for provisioning, conversations 4; messages, store-rate,"
                + " idle-connections and unread 8 for setup and connecting; redpack 32 for the grabs and opens; media 2"
                + " image uploads)");
        KNOWN.put("logins", "password logins (logins, default 400)");
        KNOWN.put("requests", "requests (tokens: GET /api/v1/users/me, default 5000; conversations: GET /api/v1/groups,"
                + " default 200; unread: GET /api/v1/unread, one at a time, default 200; search: per query, one at a"
                + " time, default 200)");
        KNOWN.put("connections", "WebSocket connections, one user each (websocket, default 500; idle-connections,"
                + " default 5000)");
        KNOWN.put("members", "members of the large group (big-group, members-listing; default 100000, at most 1000000);"
                + " of the group of messages (default 10, at most 100000)");
        KNOWN.put("chunk", "members added per operator call, at most 10000 (big-group, members-listing; default 10000)");
        KNOWN.put("passes", "passes through the member list, first page to last (members-listing, default 3)");
        KNOWN.put("conversations", "groups the one user is a member of (conversations and unread, default 1000);"
                + " groups holding the messages searched (search, default 1000)");
        KNOWN.put("member-of", "of those groups, how many the searcher belongs to (search, default 100)");
        KNOWN.put("senders", "members who send (messages, default the smaller of --members and 10; store-rate, each on"
                + " its own socket with one send in flight, default the smaller of --groups and 8; at most 1000)");
        KNOWN.put("messages", "TEXT messages sent in total by the senders (messages, default 1000; store-rate, default"
                + " 20000; at most 1000000); written into the database for search (default 1000000)");
        KNOWN.put("rate-pause-ms", "pause of each sender after each ack, in milliseconds (messages, default 0;"
                + " not with --rate)");
        KNOWN.put("rate", "messages a second across all senders on a fixed schedule, message i due at start + i/R s;"
                + " a sender still awaiting its previous ack sends at once when it comes, and the table counts sends"
                + " that left over 5 ms late (messages, default 0: no schedule; at most 100000; not with --rate-pause-ms)");
        KNOWN.put("hold-seconds", "seconds to keep the connections open once opened (idle-connections, default 30)");
        KNOWN.put("server-addresses", "spread the WebSockets over 127.0.0.1..127.0.0.N, same port (idle-connections,"
                + " messages, store-rate; default 1: the --base host)");
        KNOWN.put("ws-bases", "the nodes of a cluster, comma-separated server roots, to spread the WebSockets over;"
                + " tickets still come from --base (idle-connections, messages, store-rate;"
                + " default: --base)");
        KNOWN.put("readers", "members sending read frames in one group (unread, default 200)");
        KNOWN.put("shared-messages", "messages posted into the readers' group, the most seqs a reader can read"
                + " (unread, default 1000)");
        KNOWN.put("read-seconds", "seconds the readers send read frames (unread, default 30)");
        KNOWN.put("db-url", "JDBC URL of the server's PostgreSQL, loopback only, to read its statistics (unread) or"
                + " write the messages searched (search;"
                + " default the environment variable CHAT_DB_URL; user CHAT_DB_USER or postgres, password"
                + " CHAT_DB_PASSWORD or empty)");
        KNOWN.put("grabbers", "members who grab the red packet (redpack, default 10000)");
        KNOWN.put("shares", "shares of the red packet, at most --grabbers (redpack, default --grabbers)");
        KNOWN.put("total-cents", "the red packet's total (redpack, default 100 a share, at most 2000000)");
        KNOWN.put("ledger-poll-ms", "pause between ledger checks while waiting for the credits (redpack, default 200)");
        KNOWN.put("uploads", "12-megapixel JPEG uploads, each waited for until its thumbnail downloads (media, default 10)");
        KNOWN.put("big-uploads", "large uploads sent at once (media, default 20)");
        KNOWN.put("big-mb", "megabytes per large upload (media, default 50, at most 200)");
        KNOWN.put("server-pid", "the server's process id, read from /proc (Linux): its resident memory every 200 ms"
                + " (media); its CPU time (utime + stime) and resident memory at the start and end of the measured"
                + " window, per stored message (messages, store-rate) and per delivered copy (messages); default 0:"
                + " not read");
        KNOWN.put("clients", "clients, each on its own WebSocket (chaos, default 200)");
        KNOWN.put("groups", "operator groups the clients are split into, evenly (chaos, default 20); groups of 3,"
                + " each with one sender (store-rate, default 1000, at most 100000, at least --senders)");
        KNOWN.put("sends", "TEXT messages the clients send in total, each until acknowledged (chaos, default 100000)");
        KNOWN.put("drop-acks-percent", "acks the clients pretend not to have seen, then resend (chaos, default 10)");
        KNOWN.put("ack-timeout-ms", "how long a client waits for an answer before it resends the same clientMsgId"
                + " (chaos, default 3000)");
        KNOWN.put("faults-at", "percent of the sends at which the kill -9, broker and PostgreSQL restarts happen"
                + " (chaos, default 25,50,75)");
        KNOWN.put("pg-down-seconds", "seconds PostgreSQL stays stopped (chaos, default 5)");
        KNOWN.put("redpacks", "red packets sent and grabbed during the run (chaos, default 20)");
        KNOWN.put("var-dir", "the chaos server's CHAT_VAR_DIR and the broker's journal, wiped at the start"
                + " (chaos, default modules/loadtest/target/chaos-var)");
        KNOWN.put("db-name", "the chaos server's database on 127.0.0.1:5432, dropped at the start (chaos, default chat_chaos)");
        KNOWN.put("broker-port", "port of the standalone Artemis broker on 127.0.0.1 (chaos, default 61916)");
        KNOWN.put("https-port", "the chaos server's HTTPS port (chaos, default 9963)");
        KNOWN.put("time-limit", "seconds per scenario, setup included (default 600)");
    }

    private final Map<String, String> given;
    private final boolean help;

    private Options(Map<String, String> given, boolean help) {
        this.given = given;
        this.help = help;
    }

    static Options parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!KNOWN.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        return new Options(given, help);
    }

    boolean help() {
        return help;
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(given.get(name));
    }

    String string(String name, String fallback) {
        return given.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return given.containsKey(name);
    }

    int integer(String name, int fallback, int min, int max) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max + ": " + value);
        }
        return parsed;
    }

    static String usage() {
        StringBuilder out = new StringBuilder("usage: LoadTest --scenario NAME [options]\n");
        KNOWN.forEach((name, text) -> out.append(String.format("  --%-15s %s%n", name, text)));
        out.append("The operator key comes from --admin-key, else --admin-key-file, else the environment\n")
                .append("variable CHAT_ADMIN_API_KEY, else the file var/admin-api-key under the working directory.\n");
        return out.toString();
    }
}
