package chat.platform.operations;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.json.Json;
import chat.platform.lifecycle.NodeConnections;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * The cluster's nodes as the operator sees them: every node writes its name, start and open
 * connections into the shared cache every {@value #BEAT_SECONDS} s, for {@value #LIFESPAN_SECONDS}
 * s, so a node that died drops out of the view within that; the names are listed under one key,
 * changed by compare-and-set. The node's name is {@code CHAT_NODE_NAME}, or its host and process id.
 */
@ApplicationScoped
class NodeRoster {

    private static final Logger LOG = Logger.getLogger(NodeRoster.class.getName());
    static final int BEAT_SECONDS = 5;
    static final int LIFESPAN_SECONDS = 20;
    private static final String NAMES = "*"; // no node is named so

    @Inject
    @CacheName("platform.nodes")
    SharedCache<String> nodes;

    @Inject
    NodeConnections connections;

    @Inject
    @ConfigProperty(name = "chat.node.name")
    Optional<String> configuredName;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    private String name;
    private ScheduledFuture<?> beat;

    /** A node as its last beat said. */
    record Node(String node, int connections, Instant startedAt) {
    }

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 30) @Initialized(ApplicationScoped.class) Object context) {
        name = configuredName.filter(n -> !n.isBlank()).orElseGet(NodeRoster::hostAndPid);
        beat = scheduler.scheduleWithFixedDelay(this::beat, 0, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    String name() {
        return name;
    }

    /** The nodes whose last beat has not expired, by name. */
    List<Node> nodes() {
        Set<String> names = listed();
        List<Node> live = new ArrayList<>();
        nodes.getAll(names).forEach((node, beat) -> {
            JsonObject json = Json.createReader(new StringReader(beat)).readObject();
            live.add(new Node(node, json.getInt("connections"), Instant.parse(json.getString("startedAt"))));
        });
        live.sort((a, b) -> a.node().compareTo(b.node()));
        return live;
    }

    private void beat() {
        try {
            String state = Json.createObjectBuilder().add("connections", connections.open())
                    .add("startedAt", startedAt.toString()).build().toString();
            nodes.put(name, state, Duration.ofSeconds(LIFESPAN_SECONDS));
            list();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "this node's beat was not written; the next one tries again", e);
        }
    }

    /** Adds this node's name to the list, and drops the names whose beat expired. */
    private void list() {
        for (int attempt = 0; attempt < 5; attempt++) {
            var current = nodes.get(NAMES);
            Set<String> names = current.map(NodeRoster::split).orElseGet(LinkedHashSet::new);
            Set<String> kept = new LinkedHashSet<>(nodes.getAll(names).keySet());
            kept.add(name);
            String updated = String.join("\n", kept);
            if (current.isPresent() && current.get().equals(updated)) {
                return;
            }
            boolean written = current.isEmpty() ? nodes.putIfAbsent(NAMES, updated, Duration.ofDays(3650))
                    : nodes.replace(NAMES, current.get(), updated, Duration.ofDays(3650));
            if (written) {
                return;
            }
        }
    }

    private Set<String> listed() {
        return nodes.get(NAMES).map(NodeRoster::split).orElseGet(LinkedHashSet::new);
    }

    private static Set<String> split(String names) {
        return Arrays.stream(names.split("\n")).filter(n -> !n.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    @PreDestroy
    void stop() {
        if (beat != null) {
            beat.cancel(false);
        }
    }
}
