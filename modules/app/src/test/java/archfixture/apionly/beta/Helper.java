package archfixture.apionly.beta;

/** Fixture: a class at the top of module beta, outside its api package. */
public class Helper {
}
