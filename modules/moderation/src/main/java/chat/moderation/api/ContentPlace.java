package chat.moderation.api;

/** Where a screened text is to be stored: the hits record it, and a refusal's message names it. */
public enum ContentPlace {
    MESSAGE("message"),
    REDPACK_GREETING("greeting"),
    GROUP_NAME("group name"),
    GROUP_ANNOUNCEMENT("announcement"),
    NICKNAME("nickname");

    private final String words;

    ContentPlace(String words) {
        this.words = words;
    }

    /** How a person calls it: "This message contains words ...". */
    public String words() {
        return words;
    }
}
