package archfixture.apionly.alpha.internal;

import archfixture.apionly.beta.Helper;

/** Fixture for the api-only rule only: alpha uses a class of beta that is neither api nor internal. */
public class Bypasser {

    public Helper helper() {
        return new Helper();
    }
}
