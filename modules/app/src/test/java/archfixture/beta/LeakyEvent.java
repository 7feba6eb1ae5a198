package archfixture.beta;

import archfixture.alpha.internal.Secret;
import chat.platform.events.Event;

/** Fixture: breaks every rule at once: a mutable event that reaches into alpha's internals (a cycle too). */
public class LeakyEvent implements Event {

    public String mutable;

    public Secret secret() {
        return new Secret();
    }
}
