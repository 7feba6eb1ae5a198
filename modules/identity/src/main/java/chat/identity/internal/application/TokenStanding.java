package chat.identity.internal.application;

/** Whether a token that verified may still be used, and if not, why. */
public enum TokenStanding {
    GOOD,
    /** Its own logout revoked it. */
    LOGGED_OUT,
    /** Its account is disabled. */
    ACCOUNT_DISABLED,
    /** Issued before its account was last disabled: enabling the account again does not bring it back. */
    REVOKED
}
