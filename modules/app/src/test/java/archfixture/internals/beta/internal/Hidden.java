package archfixture.internals.beta.internal;

/** Fixture: an internal class of module beta. */
public class Hidden {
}
