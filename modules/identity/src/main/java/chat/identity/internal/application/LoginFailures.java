package chat.identity.internal.application;

/** Failed logins per username within the last minute. */
public interface LoginFailures {

    int recent(String username);

    void record(String username);
}
