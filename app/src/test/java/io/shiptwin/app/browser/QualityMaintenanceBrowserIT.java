package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.PumpWearFeed;
import io.shiptwin.app.embedded.Ports;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The Quality &amp; maintenance view as a maintenance planner uses it: a dock pump's bearing wears out in the
 * streamed teaching yard; the page shows the work order its drift alert opened (closed by the repair), the pump's
 * status and last shift's OEE, the drift alert with its remaining useful life, and the pump's OEE per shift.
 * Screenshot: {@code target/screenshots/quality.png}.
 */
class QualityMaintenanceBrowserIT {
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;

    @BeforeAll
    static void startSystemAndBrowser() {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
    }

    @AfterAll
    static void stopBrowserAndSystem() {
        if (chromium != null) {
            chromium.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void theWorkOrderOfAWornPumpBearingAppearsWithTheMachinesStatusAndItsShifts() throws Exception {
        PumpWearFeed.publish(pipeline.kafka().bootstrap(), runDir, "browser-care");
        chromium.driver.get("http://127.0.0.1:" + pipeline.dashboard().port() + "/#/quality");

        String order = "#wo-table tr[data-work-order=\"88.118.8001/WO-DOCK-1-P1-D1\"][data-status=\"CLOSED\"]";
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !d.findElements(By.cssSelector(order)).isEmpty());
        String row = chromium.driver.findElement(By.cssSelector(order)).getText();
        assertThat(row).contains("CLOSED", PumpWearFeed.PUMP, "bearing vibration drifting up", "equipment-repaired");
        assertThat(chromium.driver.findElement(By.id("wo-closed")).getText()).isEqualTo("1");

        String pump = "#machines-table tr[data-asset-id=\"" + PumpWearFeed.PUMP + "\"]";
        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(pump)).isEmpty());
        assertThat(chromium.driver.findElement(By.cssSelector(pump)).getAttribute("data-status")).isIn("WORKING", "IDLE", "DOWN");
        assertThat(chromium.driver.findElement(By.cssSelector(pump)).getText()).contains("pump", "%");

        // The drift alert is among the teaching yard's many limit-rule alerts: its rule has a bar of its own.
        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("alerts-by-rule")).getText()
                .contains("pump-bearing-vibration-drift"));
        double rul = Double.parseDouble(chromium.driver.findElement(By.cssSelector(order + " td:nth-child(5)")).getText()
                .replace(",", ""));
        assertThat(rul).as("remaining useful life when the order was opened, hours").isPositive();

        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#shifts-chart svg")).isEmpty());
        assertThat(chromium.driver.findElement(By.id("shifts-note")).getText()).contains("shifts");
        chromium.fitHeight(1400);
        chromium.screenshot("quality");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

}
