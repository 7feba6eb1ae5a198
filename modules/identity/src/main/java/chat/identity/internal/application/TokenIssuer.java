package chat.identity.internal.application;

/** Makes signed bearer tokens for a user's device. */
public interface TokenIssuer {

    IssuedToken issue(String userId, String deviceId);
}
