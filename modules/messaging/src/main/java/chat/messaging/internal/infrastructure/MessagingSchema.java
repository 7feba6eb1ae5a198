package chat.messaging.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The messaging module owns the {@code messaging} schema, migrated from {@code db/messaging}. */
@ApplicationScoped
class MessagingSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "messaging";
    }
}
