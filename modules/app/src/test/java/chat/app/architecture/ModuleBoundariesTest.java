package chat.app.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Liberty ignores module-info at run time, so this test is the guard of the module boundaries:
 * it fails the build when a module reaches another's internals, when modules form a cycle, or
 * when an event is mutable. A fixture that breaks each rule proves the rules can fail.
 */
class ModuleBoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("chat");

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    @Test
    void theModulesAreFound() {
        Set<String> modules = ModuleRules.modules(PRODUCT, "chat");
        assertTrue(modules.containsAll(Set.of("identity", "messaging")), "modules found: " + modules);
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        ModuleRules.internalsStayInside(ModuleRules.modules(PRODUCT, "chat"), "chat").forEach(r -> r.check(PRODUCT));
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
    void theRulesCatchAFixtureThatBreaksThem() {
        Set<String> modules = ModuleRules.modules(FIXTURE, "archfixture");
        assertTrue(modules.contains("alpha"), "fixture modules: " + modules);
        assertThrows(AssertionError.class, () ->
                ModuleRules.internalsStayInside(modules, "archfixture").forEach(r -> r.check(FIXTURE)));
        assertThrows(AssertionError.class, () -> ModuleRules.noCycles("archfixture").check(FIXTURE));
        assertThrows(AssertionError.class, () -> ModuleRules.eventsAreImmutable("archfixture").check(FIXTURE));
    }
}
