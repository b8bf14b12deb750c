package org.signpost.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import org.junit.jupiter.api.Test;

/** The house rules of STYLE.md that a compiler does not check. */
class PackageRulesTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.signpost");

    @Test
    void domainModelsAreFreeOfTheFramework() {
        noClasses().that().resideInAPackage("org.signpost..model..")
                .and().resideOutsideOfPackage("org.signpost.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "jakarta.persistence..",
                        "co.elastic..", "java.sql..", "javax.sql..")
                .check(API);
    }

    @Test
    void featuresDoNotReachIntoEachOthersInfrastructure() {
        for (String feature : new String[] {"directory", "search", "security", "referral", "people", "mecc", "wellbeing",
                "evaluation", "audit"}) {
            noClasses().that().resideOutsideOfPackage("org.signpost." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.signpost." + feature + ".infrastructure..")
                    .allowEmptyShould(true)
                    .check(API);
        }
    }

    /**
     * Feature slices ({@code org.signpost.<feature>}) depend on each other one way only: where one
     * feature needs another to answer it, the asking feature owns a port the other implements
     * (security's {@code OrganisationLookup}, implemented by the directory).
     */
    @Test
    void featureSlicesAreFreeOfCycles() {
        slices().matching("org.signpost.(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .check(API);
    }

    @Test
    void useCasesAndModelsKnowNothingOfHttp() {
        noClasses().that().resideInAnyPackage("org.signpost..model..", "org.signpost..application..")
                .and().resideOutsideOfPackage("org.signpost.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..")
                .check(API);
    }

    /** Every controller implements a generated interface, so the contract is the only source of routes. */
    @Test
    void controllersImplementTheContractAndDeclareNoRoutesOfTheirOwn() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(Controller.class).and().resideOutsideOfPackage("org.signpost.contract..")
                .should(new ArchCondition<>("implement an interface generated from the contract") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        boolean generated = controller.getAllRawInterfaces().stream()
                                .anyMatch(i -> i.getPackageName().equals("org.signpost.contract.server"));
                        events.add(new SimpleConditionEvent(controller, generated,
                                controller.getName() + (generated ? " implements" : " does not implement") + " a contract interface"));
                    }
                })
                .check(API);
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("org.signpost.contract..")
                .should().notBeMetaAnnotatedWith(HttpMethodMapping.class)
                .because("routes come from the OpenAPI contract, through the generated interfaces")
                .check(API);
    }
}
