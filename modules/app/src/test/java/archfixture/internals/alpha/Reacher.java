package archfixture.internals.alpha;

import archfixture.internals.beta.internal.Hidden;

/** Fixture for the internals rule only: module alpha uses module beta's internal class. */
public class Reacher {

    public Hidden reach() {
        return new Hidden();
    }
}
