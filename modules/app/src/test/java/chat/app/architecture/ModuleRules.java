package chat.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import chat.platform.events.Event;

/**
 * The rules that hold the modules apart, for any root package, so the same rules run on the
 * product ({@code chat}) and on a fixture that breaks each of them on purpose.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** The modules under the root: every {@code <root>.<module>} that has an {@code internal} package. */
    static Set<String> modules(JavaClasses classes, String root) {
        Pattern internal = Pattern.compile(Pattern.quote(root) + "\\.(\\w+)\\.internal(\\..*)?");
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : classes) {
            Matcher m = internal.matcher(c.getPackageName());
            if (m.matches()) {
                modules.add(m.group(1));
            }
        }
        return modules;
    }

    /** Nothing outside a module reaches into its internal packages. */
    static List<ArchRule> internalsStayInside(Set<String> modules, String root) {
        return modules.stream().map(module -> (ArchRule) noClasses()
                .that().resideOutsideOfPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + module + ".internal..")
                .as("no class outside " + root + "." + module + " uses its internal packages"))
                .toList();
    }

    /** Modules depend on each other one way only. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Every event is a record: immutable, ids and values only. */
    static ArchRule eventsAreImmutable(String root) {
        return classes().that().resideInAPackage(root + "..").and().implement(Event.class)
                .should(beRecords()).andShould().haveOnlyFinalFields();
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean record = item.isRecord();
                events.add(new SimpleConditionEvent(item, record, item.getName() + (record ? " is" : " is not") + " a record"));
            }
        };
    }
}
