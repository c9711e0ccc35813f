package io.pindesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layer rules of design §2, checked on every build. */
@AnalyzeClasses(packages = "io.pindesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("io.pindesk.domain..", "io.pindesk.service..", "io.pindesk.api..",
                    "io.pindesk.auth..", "io.pindesk.secrets..", "io.pindesk.store..", "io.pindesk.sandbox..",
                    "io.pindesk.cli..", "io.pindesk.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core must run and be tested without the FX toolkit");

    @ArchTest
    static final ArchRule mediaUsesOnlyTheImageBridge = classes()
            .that().resideInAPackage("io.pindesk.media..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("javafx..")
                    .or(resideInAnyPackage("javafx.embed.swing..", "javafx.scene.image..")))
            .allowEmptyShould(true)
            .because("media prefers ImageIO; at most the image bridge is allowed");

    @ArchTest
    static final ArchRule viewModelsUseOnlyBeansAndCollections = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("javafx..")
                    .or(resideInAnyPackage("javafx.beans..", "javafx.collections..")))
            .because("view-models hold state as properties and are tested without the toolkit");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses()
            .that().resideInAPackage("io.pindesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pindesk.api..", "io.pindesk.auth..",
                    "io.pindesk.secrets..")
            .because("the UI reaches Pinterest, OAuth and the keychain only through the service layer");

    @ArchTest
    static final ArchRule coreDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("io.pindesk.domain..", "io.pindesk.service..", "io.pindesk.api..",
                    "io.pindesk.auth..", "io.pindesk.secrets..", "io.pindesk.store..", "io.pindesk.media..",
                    "io.pindesk.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pindesk.ui..", "io.pindesk.cli..")
            .because("dependencies point from the edges (ui, cli, app) to the core");

    @ArchTest
    static final ArchRule domainIsPlain = noClasses()
            .that().resideInAPackage("io.pindesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pindesk.api..", "io.pindesk.service..",
                    "io.pindesk.store..", "org.apache.hc..", "com.google.gson..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule standardStreamsOnlyInTheCli = noClasses()
            .that().resideOutsideOfPackage("io.pindesk.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the CLI owns the terminal; everything else logs");

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.commons.logging..",
                    "org.apache.logging.log4j..")
            .because("everything logs through SLF4J");

    @ArchTest
    static final ArchRule logbackOnlyInTheLoggingSetup = noClasses()
            .that().resideOutsideOfPackage("io.pindesk.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..")
            .because("code logs through SLF4J; only the redaction layer plugs into Logback");
}
