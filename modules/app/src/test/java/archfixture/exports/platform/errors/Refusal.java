package archfixture.exports.platform.errors;

/** Fixture: a class of an exported platform package. */
public class Refusal {
}
