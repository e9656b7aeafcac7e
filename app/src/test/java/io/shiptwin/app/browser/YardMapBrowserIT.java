package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.Reconciliation;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.model.TwinTables;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The drawn yard map, in headless Chromium, over the twin of two months of the teaching scenario streamed
 * (one sample per machine per simulated hour) through the whole embedded pipeline: the map shows every machine of the scenario in its area, and the
 * blocks in progress the block twin holds.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class YardMapBrowserIT {
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(120);
    private static final Duration UI_DEADLINE = Duration.ofSeconds(20);

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;
    static TelemetrySimulator sim;
    static PipelineSnapshot start;
    static String base;

    @BeforeAll
    static void streamTheTeachingYard() throws java.io.IOException {
        // One sample per machine per simulated hour keeps two months to a few tens of thousands of messages.
        Path scenario = java.nio.file.Files.writeString(runDir.resolve("teaching-hourly.yaml"),
                "extends: teaching\nstreaming: {samplePeriodSeconds: 3600}\n");
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        start = pipeline.status().snapshot();
        sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri()).withRunId("yard-map")
                .withScenario(scenario.toString()).withSimDays(60).withPacing(Pacing.parse("max")));
        base = "http://127.0.0.1:" + pipeline.dashboard().port();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void theMapShowsEveryMachineOfTheScenarioInItsAreaAndTheBlocksInProgress() throws Exception {
        assertThat(sim.awaitDone(DATA_DEADLINE)).as("two simulated months streamed").isTrue();
        long business = sim.scenarioFeed().businessEventCount();
        long telemetry = sim.published() - business;
        await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> {
            PipelineSnapshot now = pipeline.status().snapshot();
            return now.twinEvents() - start.twinEvents() == telemetry && Reconciliation.businessEvents(start, now) == business;
        });
        int machines = sim.scenarioFeed().equipmentIds().size();
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        chromium.driver.get(base + "/#/yard");

        chromium.waitUpTo(DATA_DEADLINE).until(d -> String.valueOf(machines).equals(chromium.attr("#yard-map", "data-equipment")));
        assertThat(chromium.elements("#yard-map [data-map-asset]")).as("one dot per machine of the scenario").hasSize(machines);
        TreeMap<String, Long> perAreaInTwin = new TreeMap<>();
        long blocksInProgress;
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT area, COUNT(*) FROM " + TwinTables.EQUIPMENT_TWIN + " GROUP BY area")) {
                while (rs.next()) {
                    perAreaInTwin.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TwinTables.HULL_TWIN + " WHERE kind = 'block' AND stage IN"
                    + " ('DESIGN','MATERIAL','CUTTING','FORMING','SUB_ASSEMBLY','BLOCK_ASSEMBLY','PRE_OUTFITTING','PAINTING','PRE_ERECTION')")) {
                rs.next();
                blocksInProgress = rs.getLong(1);
            }
        }
        TreeMap<String, Long> perAreaOnMap = chromium.elements("#yard-map [data-map-area]").stream().collect(Collectors.toMap(
                a -> a.getAttribute("data-map-area"), a -> (long) a.findElements(By.cssSelector("[data-map-asset]")).size(),
                Long::sum, TreeMap::new));
        assertThat(perAreaOnMap).as("machines per area on the map = in the twin").isEqualTo(perAreaInTwin);
        assertThat(perAreaOnMap.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(machines);

        chromium.waitUpTo(UI_DEADLINE).until(d -> blocksOnMap() == blocksInProgress);
        assertThat(blocksInProgress).as("two months into the teaching yard, blocks are being built").isPositive();
        assertThat(chromium.text("#yard-map-summary")).contains(machines + " machines in " + perAreaInTwin.size() + " areas",
                blocksInProgress + " blocks in progress");
        chromium.screenshot("yard-map");
    }

    private static long blocksOnMap() {
        return chromium.elements("#yard-map [data-map-stage] [data-blocks]").stream()
                .mapToLong(e -> Long.parseLong(e.getAttribute("data-blocks"))).sum();
    }




}
