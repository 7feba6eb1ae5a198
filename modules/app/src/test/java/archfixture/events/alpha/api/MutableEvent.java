package archfixture.events.alpha.api;

import chat.platform.events.Event;

/** Fixture for the event rule only: an event that is a class with a field anyone may change. */
public class MutableEvent implements Event {

    public String groupId;
}
