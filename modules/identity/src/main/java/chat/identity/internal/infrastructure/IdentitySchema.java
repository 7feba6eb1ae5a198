package chat.identity.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Identity owns the {@code identity} schema, migrated from {@code db/identity}. */
@ApplicationScoped
class IdentitySchema implements ModuleSchema {

    @Override
    public String schema() {
        return "identity";
    }
}
