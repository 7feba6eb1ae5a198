package archfixture.alpha.internal;

/** Fixture: an internal class of module alpha that another module must not use. */
public class Secret {

    public static archfixture.beta.LeakyEvent leak() {
        return null;
    }
}
