package chat.loadtest;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The standalone Artemis broker a {@code chaos} server uses as {@code CHAT_BROKER_URL}: in this
 * JVM (not the server's), one TCP acceptor on 127.0.0.1, a persistent journal under the run's
 * var directory, so a restart keeps the durable queues and the duplicate-detection cache as a
 * real broker would. Set up as BrokerRestartCrashIT's broker is.
 */
final class ChaosBroker {

    /**
     * Artemis' audit loggers write every message sent and acknowledged at INFO; over 100,000 sends
     * that buries the run's progress and costs CPU. Held here so that the level sticks.
     */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    static {
        AUDIT.setLevel(Level.WARNING);
    }

    private final Path journal;
    private final int port;
    private EmbeddedActiveMQ broker;

    ChaosBroker(Path journal, int port) {
        this.journal = journal;
        this.port = port;
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    synchronized void start() throws Exception {
        var config = new ConfigurationImpl()
                .setName("chaos-broker")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .setLargeMessagesDirectory(journal.resolve("large-messages").toString())
                .addAcceptorConfiguration("tcp", url())
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true));
        EmbeddedActiveMQ started = new EmbeddedActiveMQ();
        started.setConfiguration(config);
        started.start();
        broker = started;
    }

    synchronized void stop() throws Exception {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
    }
}
