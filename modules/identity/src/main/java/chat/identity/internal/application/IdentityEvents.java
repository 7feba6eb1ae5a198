package chat.identity.internal.application;

import java.util.Collection;

import chat.identity.api.ContactRequested;
import chat.identity.api.PresenceChanged;
import chat.identity.api.UserRegistered;

/** Where identity's facts go out; the outbox and the user-event topic sit behind it. */
public interface IdentityEvents {

    /** In the caller's transaction. */
    void userRegistered(UserRegistered event);

    /** In the caller's transaction: to both users' live connections. */
    void contactRequested(ContactRequested event, Collection<String> recipients);

    /** In the caller's transaction: every node closes the live connections opened with this token. */
    void sessionEnded(String userId, String tokenId);

    /** In the caller's transaction: every node closes the account's live connections and forgets its pushes. */
    void accountDisabled(String userId);

    /** At once, to the contacts' live connections. */
    void presenceChanged(PresenceChanged event, Collection<String> recipients);
}
