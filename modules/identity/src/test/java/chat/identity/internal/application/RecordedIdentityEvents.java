package chat.identity.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import chat.identity.api.ContactRequested;
import chat.identity.api.PresenceChanged;
import chat.identity.api.UserRegistered;

/** What the use cases told, one line per event; also the revoked tokens, since LogOut tells both. */
class RecordedIdentityEvents implements IdentityEvents, RevokedTokens {

    final List<String> told = new ArrayList<>();
    final Set<String> revoked = new HashSet<>();

    @Override
    public void userRegistered(UserRegistered event) {
        told.add("registered " + event.username() + " " + event.userId());
    }

    @Override
    public void contactRequested(ContactRequested event, Collection<String> recipients) {
        told.add("contact " + event.fromUserId() + " -> " + event.toUserId() + " " + event.status() + " to "
                + recipients);
    }

    @Override
    public void sessionEnded(String userId, String tokenId) {
        told.add("sessionEnded " + userId + " " + tokenId);
    }

    @Override
    public void accountDisabled(String userId) {
        told.add("accountDisabled " + userId);
    }

    @Override
    public void presenceChanged(PresenceChanged event, Collection<String> recipients) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(String tokenId, String userId, String deviceId, Instant expiresAt) {
        revoked.add(tokenId);
        told.add("revoked " + tokenId + " of " + userId + " on " + deviceId + " until " + expiresAt);
    }

    @Override
    public boolean ended(String tokenId, String userId) {
        return revoked.contains(tokenId);
    }

    /** Knows the revoked tokens only; accounts are the database's. */
    @Override
    public TokenStanding standing(String tokenId, String userId, int tokenGeneration) {
        return revoked.contains(tokenId) ? TokenStanding.LOGGED_OUT : TokenStanding.GOOD;
    }
}
