package chat.unread.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The unread module owns the {@code unread} schema, migrated from {@code db/unread}. */
@ApplicationScoped
class UnreadSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "unread";
    }
}
