package id.selaras;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Features are packages with visible boundaries: no cycles, and nobody reaches into another feature's internals. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.selaras");

    @Test
    void featuresHaveNoDependencyCycles() {
        slices().matching("id.selaras.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aFeaturesGraphQlAndSqlPackages_areUsedOnlyByThatFeature() {
        classes().that().resideInAnyPackage("id.selaras.*.graphql..", "id.selaras.*.repository..")
                .should(onlyBeAccessedFromTheirOwnFeature())
                .check(CLASSES);
    }

    static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnFeature() {
        return new ArchCondition<>("be accessed only from their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String feature = feature(target.getPackageName());
                target.getDirectDependenciesToSelf().forEach(d -> {
                    String from = feature(d.getOriginClass().getPackageName());
                    if (!from.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    static String feature(String pkg) {
        String rest = pkg.startsWith("id.selaras.") ? pkg.substring("id.selaras.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
