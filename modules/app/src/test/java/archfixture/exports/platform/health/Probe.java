package archfixture.exports.platform.health;

/** Fixture: a class of a platform package that the platform does not export. */
public class Probe {
}
