package archfixture.cycle.alpha.api;

import archfixture.cycle.beta.api.Second;

/** Fixture for the cycle rule only: alpha's api uses beta's api, which uses alpha's. */
public class First {

    public Second next() {
        return null;
    }
}
