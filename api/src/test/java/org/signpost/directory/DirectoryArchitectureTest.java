package org.signpost.directory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The directory's model stays free of the framework, and nothing outside reaches into its infrastructure. */
class DirectoryArchitectureTest {

    /** The api module's own main classes (scanning the whole classpath takes most of a minute). */
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void theModelImportsNoFramework() {
        noClasses().that().resideInAPackage("org.signpost.directory.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "jakarta.transaction..",
                        "com.fasterxml..", "java.sql..")
                .check(classes);
    }

    @Test
    void otherFeaturesDoNotUseTheDirectorysInfrastructure() {
        noClasses().that().resideOutsideOfPackage("org.signpost.directory..")
                .should().dependOnClassesThat().resideInAPackage("org.signpost.directory.infrastructure..")
                .check(classes);
    }

    @Test
    void useCasesDoNotKnowHttp() {
        noClasses().that().resideInAnyPackage("org.signpost.directory.application..", "org.signpost.directory.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "org.signpost.contract..")
                .check(classes);
    }
}
