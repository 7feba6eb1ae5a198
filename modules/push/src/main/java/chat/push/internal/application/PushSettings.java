package chat.push.internal.application;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.push.internal.domain.EndpointPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the operator configured for offline push. */
@ApplicationScoped
public class PushSettings {

    /** Hosts that may be push endpoints though they resolve inside the network, over http too (the demo's own). */
    @Inject
    @ConfigProperty(name = "chat.push.allowed-hosts", defaultValue = " ")
    String allowedHosts;

    /** Whether a push may carry the first words of a message; off, it says "New message". */
    @Inject
    @ConfigProperty(name = "chat.push.previews", defaultValue = "true")
    boolean previews;

    /** Who runs this server, for push services to reach (VAPID's {@code sub}): a mailto: or https: URL. */
    @Inject
    @ConfigProperty(name = "chat.push.contact", defaultValue = "mailto:chat-admin@localhost")
    String contact;

    @Inject
    @ConfigProperty(name = "chat.push.webhook-url")
    Optional<String> webhookUrl;

    private volatile EndpointPolicy endpoints;

    public EndpointPolicy endpoints() {
        if (endpoints == null) {
            List<String> hosts = Arrays.stream(allowedHosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
            endpoints = new EndpointPolicy(Set.copyOf(hosts), InetAddress::getAllByName);
        }
        return endpoints;
    }

    public boolean previews() {
        return previews;
    }

    public String contact() {
        return contact;
    }

    public Optional<String> webhookUrl() {
        return webhookUrl.filter(url -> !url.isBlank());
    }
}
