package chat.messaging.internal.application;

import java.util.List;
import java.util.function.Consumer;

import chat.groups.api.ConversationDirectory;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * A conversation's every message, oldest first, for a compliance export: read a page at a time
 * and handed on before the next page is read, so a million messages never sit in memory at once.
 * Recalled messages are there as recalled (their content is gone); nobody's "delete for me" hides one.
 */
@ApplicationScoped
public class ExportConversation {

    /** Messages read at once. */
    static final int PAGE = 1_000;

    /** A reader who hid nothing and reacted to nothing: the export shows the conversation itself. */
    private static final String NOBODY = "";

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    MessageJson json;

    /** 404 unless the conversation exists; call before the answer starts. */
    public void requireConversation(String groupId) {
        if (conversations.profile(groupId).isEmpty()) {
            throw new NotFoundException("no conversation " + groupId);
        }
    }

    /** Each message as the frames write it, oldest first. */
    public void each(String groupId, Consumer<JsonObject> line) {
        long after = 0;
        while (true) {
            List<Message> page = messages.range(groupId, after, Long.MAX_VALUE, PAGE, NOBODY);
            json.ofAll(page, NOBODY).forEach(line);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }
}
