package chat.moderation.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The moderation module owns the {@code moderation} schema, migrated from {@code db/moderation}. */
@ApplicationScoped
class ModerationSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "moderation";
    }
}
