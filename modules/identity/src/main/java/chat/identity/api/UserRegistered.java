package chat.identity.api;

import chat.platform.events.Event;

/**
 * A user account was created (by sign-up or by the operator API). Published after commit on the
 * Artemis topic {@link #TOPIC} for company systems and other modules.
 */
public record UserRegistered(String userId, String username) implements Event {

    public static final String TOPIC = "chat.identity.users";
}
