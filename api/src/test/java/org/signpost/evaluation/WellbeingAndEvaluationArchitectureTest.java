package org.signpost.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wellbeing and evaluation features keep their rules framework-free and stay out of others' internals. */
class WellbeingAndEvaluationArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.signpost.wellbeing", "org.signpost.evaluation");

    @Test
    void modelsUseNoFrameworkAndNoHttp() {
        noClasses().that().resideInAnyPackage("org.signpost.wellbeing.model..", "org.signpost.evaluation.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "org.signpost.contract..",
                        "org.yaml..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void applicationCodeKnowsNothingOfHttpOrTheContract() {
        noClasses().that().resideInAnyPackage("org.signpost.wellbeing.application..", "org.signpost.evaluation.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "org.signpost.contract..")
                .check(CLASSES);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInfrastructure() {
        noClasses().that().resideInAPackage("org.signpost.evaluation..")
                .should().dependOnClassesThat().resideInAPackage("org.signpost.wellbeing.infrastructure..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.signpost.wellbeing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.signpost.evaluation.infrastructure..",
                        "org.signpost.security.infrastructure..")
                .check(CLASSES);
    }
}
