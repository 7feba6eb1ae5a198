package chat.platform.runtime;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.broker.ChatBroker;
import chat.platform.config.VarDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

/**
 * The node's broker on ActiveMQ Artemis. With {@code chat.broker.url} unset it runs an embedded
 * broker in this JVM (persistent journal under {@code var/artemis}) and connects in-VM; with it
 * set (say {@code tcp://broker:61616}) it connects to that shared broker and embeds nothing, and
 * reconnects by itself when that broker restarts.
 */
@ApplicationScoped
public class ArtemisBroker implements ChatBroker {

    private static final Logger LOG = Logger.getLogger(ArtemisBroker.class.getName());
    private static final String IN_VM = "vm://0";

    @Inject
    @ConfigProperty(name = "chat.broker.url")
    Optional<String> remoteUrl;

    /** An extra acceptor for the embedded broker (e.g. {@code tcp://127.0.0.1:61616}), for tools and tests. */
    @Inject
    @ConfigProperty(name = "chat.broker.acceptor")
    Optional<String> extraAcceptor;

    @Inject
    @ConfigProperty(name = "chat.broker.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "chat.broker.password")
    Optional<String> password;

    private EmbeddedActiveMQ embedded;
    private ActiveMQConnectionFactory connectionFactory;

    @Override
    public synchronized void start() throws Exception {
        if (connectionFactory != null) {
            return;
        }
        if (remoteUrl.filter(url -> !url.isBlank()).isEmpty()) {
            embedded = new EmbeddedActiveMQ();
            embedded.setConfiguration(embeddedConfiguration());
            embedded.start();
            LOG.info("embedded Artemis broker started, journal in " + VarDirectory.resolve("artemis"));
            connectionFactory = new ActiveMQConnectionFactory(IN_VM);
        } else {
            connectionFactory = new ActiveMQConnectionFactory(remoteUrl.get(), user.orElse(null), password.orElse(null));
            // A broker restart must not end this node's consumers: reconnect for as long as it takes,
            // every second at first and then up to every 30 s; sessions and consumers come back with it.
            connectionFactory.setReconnectAttempts(-1);
            connectionFactory.setRetryInterval(1_000);
            connectionFactory.setRetryIntervalMultiplier(2.0);
            connectionFactory.setMaxRetryInterval(30_000);
            LOG.info("using the Artemis broker at " + remoteUrl.get());
        }
    }

    private Configuration embeddedConfiguration() throws Exception {
        var dir = VarDirectory.resolve("artemis");
        Configuration config = new ConfigurationImpl()
                .setName("chat-embedded")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .addAcceptorConfiguration("in-vm", IN_VM)
                // Messages that fail or expire land somewhere an operator can look, not nowhere.
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                        .setAutoCreateDeadLetterResources(true)
                        .setAutoCreateExpiryResources(true));
        if (extraAcceptor.isPresent()) {
            config.addAcceptorConfiguration("extra", extraAcceptor.get());
        }
        return config;
    }

    /** The JMS connection factory every module sends and receives through. */
    @Produces
    public ConnectionFactory connectionFactory() {
        if (connectionFactory == null) {
            throw new IllegalStateException("the broker has not been started");
        }
        return connectionFactory;
    }

    @Override
    public boolean isReachable() {
        if (embedded != null) {
            return embedded.getActiveMQServer().isActive();
        }
        try (var connection = connectionFactory.createConnection()) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void watch(Connection connection, Consumer<Boolean> connected) throws JMSException {
        if (connection instanceof ActiveMQConnection artemis) {
            artemis.setFailoverListener(event -> connected.accept(event == FailoverEventType.FAILOVER_COMPLETED));
        }
    }

    @Override
    public boolean isDuplicateRefusal(Throwable refusal) {
        return BrokerRefusals.isDuplicate(refusal);
    }

    @PreDestroy
    synchronized void stop() {
        if (connectionFactory != null) {
            connectionFactory.close();
            connectionFactory = null;
        }
        if (embedded != null) {
            try {
                embedded.stop();
                LOG.info("embedded Artemis broker stopped");
            } catch (Exception e) {
                LOG.warning("embedded Artemis broker did not stop cleanly: " + e);
            }
            embedded = null;
        }
    }
}
