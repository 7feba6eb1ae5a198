package chat.identity.internal.application;

/** Failed logins per key (a username or a client address) within the last minute, seen by every node. */
public interface LoginFailures {

    int recent(String key);

    void record(String key);
}
