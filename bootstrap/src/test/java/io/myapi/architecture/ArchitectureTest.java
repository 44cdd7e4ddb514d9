package io.myapi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of shared/design/ARCHITECTURE.md, on the production classes of every module. */
@AnalyzeClasses(packages = "io.myapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Layers are not optional: a layer with no classes fails, so a renamed package cannot escape. */
    @ArchTest
    @ArchTag("R4.4")
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
    @ArchTest
    @ArchTag("R4.4")
    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAnyPackage("io.myapi.domain..", "io.myapi.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson..", "tools.jackson..", "jakarta.servlet..", "io.lettuce..");

    /** The domain depends on the JDK and JSpecify only. */
    @ArchTest
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = noClasses()
            .that().resideInAPackage("io.myapi.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.myapi.domain..", "java..", "org.jspecify..");

    /** The web adapter reaches the application through inbound ports only, never outbound ones. */
    @ArchTest
    static final ArchRule WEB_USES_INBOUND_PORTS_ONLY = noClasses()
            .that().resideInAPackage("io.myapi.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.myapi.application..port.out..", "io.myapi.application..service..", "io.myapi.infrastructure..",
                    "jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..");

    /** No Java native serialization anywhere (R27.5). */
    @ArchTest
    @ArchTag("R27.5")
    static final ArchRule NO_JAVA_SERIALIZATION = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream");

    /** No dynamic class loading or script engines (R27.3). */
    @ArchTest
    @ArchTag("R27.3")
    static final ArchRule NO_DYNAMIC_LOADING = noClasses()
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .orShould().dependOnClassesThat().resideInAPackage("javax.script..");

    /** Randomness for anything is SecureRandom (R29.1). */
    @ArchTest
    @ArchTag("R29.1")
    static final ArchRule NO_PREDICTABLE_RANDOM = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random");
}
