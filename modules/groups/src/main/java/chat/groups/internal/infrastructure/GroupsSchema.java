package chat.groups.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The groups module owns the {@code groups} schema, migrated from {@code db/groups}. */
@ApplicationScoped
class GroupsSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "groups";
    }
}
