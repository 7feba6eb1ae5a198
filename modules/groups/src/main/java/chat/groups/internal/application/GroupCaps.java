package chat.groups.internal.application;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.groups.internal.domain.GroupRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caps a group may have: from its member count up to the server's limit ({@code CHAT_GROUPS_MAX_MEMBERS_LIMIT}). */
@ApplicationScoped
public class GroupCaps {

    @Inject
    @ConfigProperty(name = "chat.groups.max-members-limit", defaultValue = "1000000")
    int serverLimit;

    /** The cap asked for, or the default when null; 400 outside the member count and the limit. */
    public int checked(Long requested, int atLeast) {
        return GroupRules.cap(requested, atLeast, serverLimit);
    }
}
