package io.pindesk.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * B15 and the layer rules for the two packages of the sign-in core: no JavaFX at all (so certainly no
 * embedded WebView for sign-in), no console output, no logging backend classes.
 */
class AuthDependencyRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pindesk.auth", "io.pindesk.secrets");

    @Test
    void noJavaFxAndCertainlyNoWebView() {
        noClasses().that().resideInAnyPackage("io.pindesk.auth..", "io.pindesk.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void noConsoleOutputAndOnlySlf4j() {
        noClasses().that().resideInAnyPackage("io.pindesk.auth..", "io.pindesk.secrets..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("io.pindesk.auth..", "io.pindesk.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "java.util.logging..")
                .check(CLASSES);
    }
}
