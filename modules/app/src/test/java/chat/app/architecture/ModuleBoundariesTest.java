package chat.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Liberty ignores module-info at run time, and the compiler checks exports by package only, so
 * this test is the guard of the module boundaries: it fails the build when a module is used other
 * than through its api, when modules form a cycle, when an event is mutable, when a module uses a
 * platform class the platform keeps to itself, when anything but the platform's runtime uses
 * Artemis, Infinispan or Flyway, when JSON-P's factories are called other than through the platform,
 * when a resource reads a raw JSON body, or when an answer's field
 * order is not its record's. For each rule a fixture under {@code archfixture} breaks it, and
 * that rule only.
 */
class ModuleBoundariesTest {

    /** The domain modules, each with an api and an internal package. */
    static final Set<String> MODULES = Set.of("moderation", "identity", "groups", "media", "messaging", "unread", "redpack", "nearby", "push");
    /** Everything else the WAR holds under {@code chat}. */
    static final Set<String> SUPPORT = Set.of("platform", "app");

    /**
     * What modules may use of the platform: whole packages, and single classes of the packages
     * (broker, cache, db, lifecycle) whose other classes are the platform's own. Its module-info
     * exports by package, so the compiler holds the first and this test the second (ADR 0002).
     */
    static final ModuleRules.Exports PLATFORM = new ModuleRules.Exports(
            Set.of("audit", "config", "errors", "events", "faults", "json", "metrics", "outbox", "rest"),
            Set.of("broker.BrokerSender", "broker.NodeSubscriptions", "cache.CacheName", "cache.SharedCache",
                    "cache.SlidingWindow", "db.AfterCommit", "db.ModuleSchema", "db.OneNodeAtATime", "db.Sql",
                    "lifecycle.NodeConnections", "lifecycle.PlatformStartup", "lifecycle.NodeDraining"));

    /** What the WAR holds: not the tests, nor what they share (modules/test-fixtures), nor their client (modules/api-client). */
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("api-client") && !location.contains("test-fixtures"))
            .importPackages("chat");

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture");

    @Test
    void theModulesAreExactlyTheOnesTheBuildMakes() {
        Set<String> everything = new TreeSet<>(MODULES);
        everything.addAll(SUPPORT);
        assertEquals(everything, ModuleRules.topLevelPackages(PRODUCT, "chat"));
        assertEquals(new TreeSet<>(MODULES), ModuleRules.modules(PRODUCT, "chat"));
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApi() {
        ModuleRules.onlyThroughApi(MODULES, "chat").forEach(r -> r.check(PRODUCT));
    }

    @Test
    void modulesFormNoCycle() {
        ModuleRules.noCycles("chat").check(PRODUCT);
    }

    @Test
    void everyEventIsAnImmutableRecord() {
        ModuleRules.eventsAreImmutable("chat").check(PRODUCT);
    }

    @Test
    void modulesUseOnlyWhatThePlatformExports() {
        ModuleRules.platformExports("chat", PLATFORM).check(PRODUCT);
    }

    @Test
    void onlyThePlatformRuntimeUsesArtemisInfinispanAndFlyway() {
        ModuleRules.runtimeBehindThePlatform("chat").check(PRODUCT);
    }

    @Test
    void jsonIsMadeThroughThePlatform() {
        ModuleRules.jsonThroughThePlatform("chat").check(PRODUCT);
    }

    @Test
    void resourceMethodsTakeTypedBodies() {
        ModuleRules.resourcesTakeTypedBodies("chat").check(PRODUCT);
    }

    @Test
    void answersListTheirFieldsInTheOrderTheyDeclareThem() {
        ModuleRules.answerOrderIsTheDeclaredOrder("chat").check(PRODUCT);
    }

    @Test
    void aResourceThatTakesRawJsonFailsTheTypedBodyRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.resourcesTakeTypedBodies("archfixture.rawjson").check(FIXTURES));
    }

    @Test
    void anAnswerWhoseOrderLeavesAFieldOutFailsTheOrderRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.answerOrderIsTheDeclaredOrder("archfixture.order").check(FIXTURES));
    }

    @Test
    void aModuleThatReachesIntoAnothersInternalsFailsTheApiRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.onlyThroughApi(Set.of("alpha", "beta"), "archfixture.internals")
                .forEach(r -> r.check(FIXTURES)));
    }

    @Test
    void aModuleThatUsesAnotherOutsideItsApiFailsTheApiRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.onlyThroughApi(Set.of("alpha", "beta"), "archfixture.apionly")
                .forEach(r -> r.check(FIXTURES)));
    }

    @Test
    void twoModulesThatUseEachOtherFailTheCycleRuleOnly() {
        assertThrows(AssertionError.class, () -> ModuleRules.noCycles("archfixture.cycle").check(FIXTURES));
        ModuleRules.onlyThroughApi(Set.of("alpha", "beta"), "archfixture.cycle").forEach(r -> r.check(FIXTURES));
    }

    @Test
    void aMutableEventFailsTheEventRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.eventsAreImmutable("archfixture.events").check(FIXTURES));
    }

    @Test
    void aModuleThatUsesAnUnexportedPlatformClassFailsTheExportsRule() {
        var errorsOnly = new ModuleRules.Exports(Set.of("errors"), Set.of());
        assertThrows(AssertionError.class, () -> ModuleRules.platformExports("archfixture.exports", errorsOnly).check(FIXTURES));
        var healthToo = new ModuleRules.Exports(Set.of("errors", "health"), Set.of());
        ModuleRules.platformExports("archfixture.exports", healthToo).check(FIXTURES);
    }

    @Test
    void aClassThatBuildsJsonThroughJakartaJsonFailsTheJsonRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.jsonThroughThePlatform("archfixture.jsonfactory").check(FIXTURES));
        ModuleRules.jsonThroughThePlatform("archfixture.rawjson").check(FIXTURES);
    }

    @Test
    void aModuleThatUsesInfinispanItselfFailsTheRuntimeRule() {
        assertThrows(AssertionError.class, () -> ModuleRules.runtimeBehindThePlatform("archfixture.runtime").check(FIXTURES));
    }
}
