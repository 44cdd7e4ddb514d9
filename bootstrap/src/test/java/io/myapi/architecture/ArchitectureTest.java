package io.myapi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/**
 * The dependency rules of shared/design/ARCHITECTURE.md, on the production classes of every
 * module. Plain JUnit tests (not ArchUnit's engine) so that each carries the criteria it proves.
 */
class ArchitectureTest {

    private static final java.util.Set<String> CONSTANT_TYPES = java.util.Set.of(
            "java.lang.String", "int", "long", "double", "boolean", "java.time.Duration", "java.util.regex.Pattern");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.myapi");

    /** Layers are not optional: a layer with no classes fails, so a renamed package cannot escape. */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.myapi..")
            .layer("Domain").definedBy("io.myapi.domain..")
            .layer("Application").definedBy("io.myapi.application..")
            .layer("Infrastructure").definedBy("io.myapi.infrastructure..")
            .layer("Web").definedBy("io.myapi.web..")
            .layer("Bootstrap").definedBy("io.myapi", "io.myapi.bootstrap..")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Infrastructure").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Infrastructure", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Web", "Infrastructure", "Bootstrap");

    /** The core is plain Java: no framework, persistence or JSON library (R4.4). */
    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAnyPackage("io.myapi.domain..", "io.myapi.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson..", "tools.jackson..", "jakarta.servlet..", "io.lettuce..");

    /** The domain depends on the JDK and JSpecify only. */
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = noClasses()
            .that().resideInAPackage("io.myapi.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.myapi.domain..", "java..", "org.jspecify..");

    /** The web adapter reaches the application through inbound ports only, never outbound ones. */
    static final ArchRule WEB_USES_INBOUND_PORTS_ONLY = noClasses()
            .that().resideInAPackage("io.myapi.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.myapi.application..port.out..", "io.myapi.application..service..", "io.myapi.infrastructure..",
                    "jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..");

    /** No Java native serialization anywhere (R27.5). */
    static final ArchRule NO_JAVA_SERIALIZATION = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream");

    /** No dynamic class loading or script engines (R27.3). */
    static final ArchRule NO_DYNAMIC_LOADING = noClasses()
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .orShould().dependOnClassesThat().resideInAPackage("javax.script..");

    /** Randomness for anything is SecureRandom (R29.1). */
    static final ArchRule NO_PREDICTABLE_RANDOM = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random");

    /** Wiring is explicit: no class is a scanned stereotype; beans come from @Bean methods (R3.3). */
    static final ArchRule NO_SCANNED_STEREOTYPES = noClasses()
            .should().beAnnotatedWith(Component.class)
            .orShould().beAnnotatedWith(Service.class)
            .orShould().beAnnotatedWith(Repository.class);

    /** Constants are static final and UPPER_SNAKE_CASE (R10.1). */
    static final ArchRule CONSTANTS_ARE_UPPER_SNAKE_CASE = fields()
            .that().areStatic().and().areFinal().and().doNotHaveName("serialVersionUID")
            .and(DescribedPredicate.describe("of a constant type", field -> CONSTANT_TYPES.contains(field.getRawType().getName())))
            .should().haveNameMatching("^[A-Z][A-Z0-9_]*$");

    @Test
    @Tag("R4.4")
    void layers() {
        LAYERS.check(CLASSES);
    }

    @Test
    @Tag("R4.4")
    void coreIsFrameworkFree() {
        CORE_IS_FRAMEWORK_FREE.check(CLASSES);
    }

    @Test
    void domainUsesOnlyTheJdk() {
        DOMAIN_USES_ONLY_THE_JDK.check(CLASSES);
    }

    @Test
    void webUsesInboundPortsOnly() {
        WEB_USES_INBOUND_PORTS_ONLY.check(CLASSES);
    }

    @Test
    @Tag("R27.5")
    void noJavaSerialization() {
        NO_JAVA_SERIALIZATION.check(CLASSES);
    }

    @Test
    @Tag("R27.3")
    void noDynamicLoading() {
        NO_DYNAMIC_LOADING.check(CLASSES);
    }

    @Test
    @Tag("R29.1")
    void noPredictableRandom() {
        NO_PREDICTABLE_RANDOM.check(CLASSES);
    }

    @Test
    @Tag("R3.3")
    void noScannedStereotypes() {
        NO_SCANNED_STEREOTYPES.check(CLASSES);
    }

    @Test
    @Tag("R10.1")
    void constantsAreUpperSnakeCase() {
        CONSTANTS_ARE_UPPER_SNAKE_CASE.check(CLASSES);
    }
}
