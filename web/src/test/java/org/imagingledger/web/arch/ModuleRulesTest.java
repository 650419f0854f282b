package org.imagingledger.web.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of ARCHITECTURE.md, kept by the build. Every rule names a non-empty set of
 * classes (ArchUnit fails a rule whose "that" matches nothing), so none can pass vacuously.
 */
@AnalyzeClasses(packages = "org.imagingledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final String DOMAIN = "org.imagingledger.domain..";
    private static final String POLICIES = "org.imagingledger.policies..";
    private static final String PROJECTIONS = "org.imagingledger.projections..";
    private static final String AUDIT = "org.imagingledger.audit..";
    private static final String APPLICATION = "org.imagingledger.application..";
    private static final String DEMO = "org.imagingledger.demo..";
    private static final String WEB = "org.imagingledger.web..";

    @ArchTest
    static final ArchRule domainKnowsNoSpringAndNoOtherModule = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "jakarta.servlet..",
                    "java.sql..",
                    POLICIES,
                    PROJECTIONS,
                    AUDIT,
                    APPLICATION,
                    DEMO,
                    WEB,
                    "com.fasterxml.jackson.databind..")
            .because("the domain is aggregates, commands, events and rules: no framework but Axon's modelling");

    @ArchTest
    static final ArchRule projectionsDependOnlyOnDomain = noClasses()
            .that()
            .resideInAPackage(PROJECTIONS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    POLICIES, AUDIT, APPLICATION, DEMO, WEB, "org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule policiesDependOnlyOnDomain = noClasses()
            .that()
            .resideInAPackage(POLICIES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PROJECTIONS, AUDIT, APPLICATION, DEMO, WEB, "org.springframework..");

    @ArchTest
    static final ArchRule auditExportsDependOnlyOnDomain = noClasses()
            .that()
            .resideInAPackage(AUDIT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POLICIES, PROJECTIONS, APPLICATION, DEMO, WEB, "org.springframework..");

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    WEB,
                    DEMO,
                    "org.springframework.web..",
                    "org.springframework.security..",
                    "jakarta.servlet..",
                    "org.thymeleaf..")
            .because("services take the caller as an argument and can run without Spring MVC");

    @ArchTest
    static final ArchRule productionCodeNeverCarriesTheDemo = noClasses()
            .that()
            .resideInAnyPackage(APPLICATION, WEB, DOMAIN, PROJECTIONS, POLICIES, AUDIT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(DEMO)
            .because("demo data is a module of its own, switched on by the demo profile only");

    @ArchTest
    static final ArchRule webTouchesNoStore = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.axonframework.eventsourcing.eventstore.EventStore")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo("org.springframework.data.repository.Repository")
            .because("web reads through the application's services and query classes, never the store");

    @ArchTest
    static final ArchRule webNeverWritesProjections = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Projection")
            .orShould()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.imagingledger..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
            .because("views are written only by their event handlers, in the command's transaction "
                    + "(Spring Security's ClientRegistrationRepository, a registry of identity providers, is no view)");

    @ArchTest
    static final ArchRule commandsAndEventsAreRecords = classes()
            .that()
            .resideInAPackage("org.imagingledger.domain..api..")
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .beRecords()
            .orShould()
            .beEnums()
            .because("commands and events are immutable records, one per file in the feature's api package");

    @ArchTest
    static final ArchRule controllersLiveInWeb = classes()
            .that()
            .areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAPackage(WEB);
}
