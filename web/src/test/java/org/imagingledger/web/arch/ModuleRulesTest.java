package org.imagingledger.web.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, kept by the build. */
@AnalyzeClasses(packages = "org.imagingledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule domainKnowsOnlyAxonMessagingAndModelling = noClasses()
            .that().resideInAPackage("org.imagingledger.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..",
                    "org.imagingledger.web..", "org.imagingledger.projections..", "org.imagingledger.policies..",
                    "org.imagingledger.audit..", "com.fasterxml.jackson.databind..")
            .because("the domain has no web, no SQL and no read models (DESIGN.md)");

    @ArchTest
    static final ArchRule projectionsDependOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.imagingledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.imagingledger.web..", "org.imagingledger.policies..", "org.imagingledger.audit..",
                    "org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule policiesDependOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.imagingledger.policies..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.imagingledger.web..", "org.imagingledger.projections..", "org.imagingledger.audit..");

    @ArchTest
    static final ArchRule auditExportsDependOnDomainAndProjections = noClasses()
            .that().resideInAPackage("org.imagingledger.audit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.imagingledger.web..", "org.imagingledger.policies..");

    @ArchTest
    static final ArchRule commandsAndEventsAreRecords = classes()
            .that().resideInAPackage("org.imagingledger.domain..api..")
            .and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().beRecords()
            .orShould().beEnums()
            .because("commands and events are immutable records, one per file in the feature's api package");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoOtherFeaturesAggregates = noClasses()
            .that().resideInAPackage("org.imagingledger.web..")
            .should().accessClassesThat().haveSimpleNameEndingWith("Test")
            .because("production code never uses test classes");
}
