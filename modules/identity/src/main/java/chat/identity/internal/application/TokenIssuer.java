package chat.identity.internal.application;

/** Makes signed bearer tokens for a user's device. */
public interface TokenIssuer {

    /** The claim that carries the account's token generation ({@link chat.identity.internal.domain.AccountStatus}). */
    String GENERATION_CLAIM = "gen";

    IssuedToken issue(String userId, String deviceId, int tokenGeneration);
}
