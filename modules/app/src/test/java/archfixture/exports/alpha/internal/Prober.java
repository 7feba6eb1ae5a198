package archfixture.exports.alpha.internal;

import archfixture.exports.platform.errors.Refusal;
import archfixture.exports.platform.health.Probe;

/** Fixture for the platform-exports rule only: a module uses an exported and an unexported platform class. */
public class Prober {

    public Refusal allowed() {
        return new Refusal();
    }

    public Probe notExported() {
        return new Probe();
    }
}
