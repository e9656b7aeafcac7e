package io.shiptwin.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** twin-model is the shared language: it may depend on the JDK and a JSON library, nothing heavier. */
@AnalyzeClasses(packages = "io.shiptwin.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkJacksonAndItself = classes()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "io.shiptwin.model..")
            .because("every module and every student reads twin-model first (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule noFrameworkLeaksIn = noClasses()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..", "org.apache.kafka..", "com.hivemq..",
                    "io.moquette..", "io.javalin..", "org.h2..", "picocli..", "org.slf4j..", "org.apache.logging..")
            .because("twin-model must not depend on Flink, Kafka, MQTT or a web framework");

    @ArchTest
    static final ArchRule noOtherShipTwinModuleLeaksIn = noClasses()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.shiptwin.sim..", "io.shiptwin.streams..",
                    "io.shiptwin.dashboards..", "io.shiptwin.app..")
            .because("modules depend on twin-model, never the other way round");

    @ArchTest
    static final ArchRule readsNoWallClock = noClasses()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Instant.class, "now")
            .because("the simulated clock is passed in (STYLE.md, deterministic by construction)");
}
