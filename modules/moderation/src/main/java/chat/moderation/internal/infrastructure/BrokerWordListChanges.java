package chat.moderation.internal.infrastructure;

import chat.moderation.internal.application.CurrentWords;
import chat.moderation.internal.application.WordListChanged;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A change of the word list reaches every node through a broadcast topic: written to the outbox in
 * the change's transaction (so it is told even if this node dies right after the commit), relayed
 * to the topic, and each node's subscription reloads its {@link CurrentWords}, this node's too.
 */
@ApplicationScoped
class BrokerWordListChanges implements WordListChanged {

    static final String TOPIC = "chat.moderation.words";

    @Inject
    Outbox outbox;

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    CurrentWords words;

    @Override
    public void tellEveryNode() {
        outbox.add(OutboxDestination.topic(TOPIC), null, "{\"changed\":\"words\"}");
    }

    /** Reads the list and listens for its changes; called once at start. */
    void start() {
        subscriptions.subscribe(TOPIC, message -> words.reload());
        words.reload();
    }
}
