package chat.media.internal.infrastructure;

import chat.platform.db.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The media module owns the {@code media} schema, migrated from {@code db/media}. */
@ApplicationScoped
class MediaSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "media";
    }
}
