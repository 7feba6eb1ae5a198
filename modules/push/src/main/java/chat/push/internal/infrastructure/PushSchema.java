package chat.push.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The push module owns the {@code push} schema, migrated from {@code db/push}. */
@ApplicationScoped
class PushSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "push";
    }
}
