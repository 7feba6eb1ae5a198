package chat.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import chat.platform.events.Event;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The rules that hold the modules apart, for any root package, so the same rules run on the
 * product ({@code chat}) and on fixtures under {@code archfixture} that each break one of them.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** What the platform lets modules use: whole packages, and single classes of the others. */
    record Exports(Set<String> packages, Set<String> classes) {

        boolean allow(String root, JavaClass c) {
            String inPlatform = c.getName().substring((root + ".platform.").length());
            String pkg = inPlatform.contains(".") ? inPlatform.substring(0, inPlatform.indexOf('.')) : "";
            String outer = inPlatform.contains("$") ? inPlatform.substring(0, inPlatform.indexOf('$')) : inPlatform;
            return packages.contains(pkg) || classes.contains(outer);
        }
    }

    /** Every {@code <root>.<name>} package that holds classes, directly or below. */
    static Set<String> topLevelPackages(JavaClasses classes, String root) {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.startsWith(root + ".")) {
                String rest = name.substring(root.length() + 1);
                names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return names;
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

    /** Code outside a module uses only its {@code api} package: not its internals, not anything else in it. */
    static List<ArchRule> onlyThroughApi(Set<String> modules, String root) {
        return modules.stream().map(module -> {
            String inside = root + "." + module;
            DescribedPredicate<JavaClass> notApi = DescribedPredicate.describe(inside + " outside its api",
                    c -> c.getPackageName().startsWith(inside + ".") || c.getPackageName().equals(inside)
                            ? !(c.getPackageName() + ".").startsWith(inside + ".api.") : false);
            return (ArchRule) noClasses().that().resideOutsideOfPackage(inside + "..")
                    .should().dependOnClassesThat(notApi)
                    .as("code outside " + inside + " uses it only through " + inside + ".api");
        }).toList();
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

    /** Outside the platform, only what it exports is used: its runtime, health checks and operations stay its own. */
    static ArchRule platformExports(String root, Exports exports) {
        DescribedPredicate<JavaClass> hidden = DescribedPredicate.describe("platform classes it does not export",
                c -> c.getPackageName().startsWith(root + ".platform") && !exports.allow(root, c));
        return noClasses().that().resideOutsideOfPackage(root + ".platform..")
                .should().dependOnClassesThat(hidden)
                .as("code outside " + root + ".platform uses only what the platform exports");
    }

    /**
     * Artemis, Infinispan and Flyway are the platform runtime's business: everyone else, the
     * platform included, reaches them through the platform's broker, cache and database interfaces,
     * and never names the runtime's own classes.
     */
    static ArchRule runtimeBehindThePlatform(String root) {
        String runtime = root + ".platform.runtime";
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(runtime + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.activemq..", "org.infinispan..",
                        "org.flywaydb..", runtime + "..")
                .as("only " + runtime + " uses Artemis, Infinispan and Flyway, and only through the platform's interfaces is it used");
    }

    /**
     * JSON-P's factories are reached through {@code chat.platform.json.Json}, which looks the
     * provider up once; {@code jakarta.json.Json} looks it up on every call.
     */
    static ArchRule jsonThroughThePlatform(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName(jakarta.json.Json.class.getName())
                .as("JSON-P objects are made through chat.platform.json.Json, not jakarta.json.Json");
    }

    /** A resource method takes a typed body (a record), never a raw JSON-P value it reads by hand. */
    static ArchRule resourcesTakeTypedBodies(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and().arePublic()
                .should(new ArchCondition<JavaMethod>("take no raw JSON-P value") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass parameter : method.getRawParameterTypes()) {
                            if (parameter.isAssignableTo(jakarta.json.JsonValue.class)) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " takes " + parameter.getName() + ": use a record"));
                            }
                        }
                    }
                });
    }

    /**
     * JSON-B writes an answer's fields in its {@code @JsonbPropertyOrder}: that order names every
     * component, as declared, so a new component cannot land at the end of the JSON by accident.
     */
    static ArchRule answerOrderIsTheDeclaredOrder(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(JsonbPropertyOrder.class)
                .should(new ArchCondition<JavaClass>("list every record component in @JsonbPropertyOrder, as declared") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Class<?> type = item.reflect();
                        List<String> declared = type.isRecord()
                                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
                        List<String> ordered = List.of(type.getAnnotation(JsonbPropertyOrder.class).value());
                        events.add(new SimpleConditionEvent(item, declared.equals(ordered),
                                item.getName() + " orders " + ordered + ", declares " + declared));
                    }
                });
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
