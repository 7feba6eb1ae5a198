package archfixture.apionly.beta.internal;

/** Fixture: makes beta a module (it has an internal package). */
public class Inside {
}
