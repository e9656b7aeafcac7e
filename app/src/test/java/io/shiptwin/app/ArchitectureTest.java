package io.shiptwin.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries (ARCHITECTURE.md): sensors-sim, streams and dashboards meet only at twin-model types
 * and documented contracts, never import each other; twin-model imports none of them; only the
 * launcher (app) knows every module. The app module sees every module's classes, so the rules live here.
 */
@AnalyzeClasses(packages = "io.shiptwin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule simulatorImportsNeitherStreamsNorDashboards = noClasses()
            .that().resideInAPackage("io.shiptwin.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("io.shiptwin.streams..", "io.shiptwin.dashboards..", "io.shiptwin.app..");

    @ArchTest
    static final ArchRule streamsImportNeitherSimulatorNorDashboards = noClasses()
            .that().resideInAPackage("io.shiptwin.streams..")
            .should().dependOnClassesThat().resideInAnyPackage("io.shiptwin.sim..", "io.shiptwin.dashboards..", "io.shiptwin.app..");

    @ArchTest
    static final ArchRule dashboardsImportNeitherSimulatorNorStreams = noClasses()
            .that().resideInAPackage("io.shiptwin.dashboards..")
            .should().dependOnClassesThat().resideInAnyPackage("io.shiptwin.sim..", "io.shiptwin.streams..", "io.shiptwin.app..");

    @ArchTest
    static final ArchRule twinModelImportsNoOtherModule = noClasses()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.shiptwin.sim..", "io.shiptwin.streams..",
                    "io.shiptwin.dashboards..", "io.shiptwin.app..");

    @ArchTest
    static final ArchRule twinModelImportsNoFramework = noClasses()
            .that().resideInAPackage("io.shiptwin.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..", "org.apache.kafka..", "com.hivemq..",
                    "io.moquette..", "io.javalin..", "org.h2..");
}
