package chat.redpack.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The redpack module owns the {@code redpack} schema, migrated from {@code db/redpack}. */
@ApplicationScoped
class RedPackSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "redpack";
    }
}
