package archfixture.cycle.beta.api;

import archfixture.cycle.alpha.api.First;

/** Fixture: beta's api, using alpha's: the other half of the cycle. */
public class Second {

    public First back() {
        return null;
    }
}
