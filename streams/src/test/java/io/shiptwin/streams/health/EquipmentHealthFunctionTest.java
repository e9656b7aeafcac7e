package io.shiptwin.streams.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.twin.IngestedReading;
import java.util.List;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EquipmentHealthFunctionTest {
    private static final String CRANE = "88.118.8001/EQ-GC-01";
    private static final String ROBOT = "88.118.8001/EQ-WR-01";
    private static final String BOOTH = "88.118.8001/EQ-PB-01";
    private static final long T0 = 1_772_409_600_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, IngestedReading, Alert> harness;
    private long offset;

    @BeforeEach
    void open() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EquipmentHealthFunction(HealthRules.defaults())),
                r -> r.reading().assetId(), org.apache.flink.api.common.typeinfo.Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(String asset, String type, String eventId, String[] channels, double... values) throws Exception {
        TelemetryReading r = new TelemetryReading(eventId, asset, ++offset, T0 + offset * 1000, "wenchong", "area", type, channels, values);
        harness.processElement(new IngestedReading(r, "yard.telemetry.raw", 0, offset), offset);
    }

    private void crane(String eventId, double loadTonnes, double windMs) throws Exception {
        send(CRANE, "crane", eventId, new String[] {"load_t", "wind_speed_ms"}, loadTonnes, windMs);
    }

    private List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    @Test
    void aLiftInWindOverTheLimitOpensOneAlertAndCalmerWindClearsIt() throws Exception {
        crane("e1", 240, 12);
        crane("e2", 240, 23.5);
        crane("e3", 240, 24.0);
        crane("e4", 240, 15);

        assertThat(alerts()).hasSize(2);
        Alert opened = alerts().get(0);
        assertThat(opened.status()).isEqualTo(Alert.OPEN);
        assertThat(opened.alertId()).isEqualTo(CRANE + "/crane-lift-in-wind/e2");
        assertThat(opened.value()).isEqualTo(23.5);
        assertThat(opened.limit()).isEqualTo(HealthRules.CRANE_WIND_LIMIT_MS);
        assertThat(opened.openedAtMillis()).isEqualTo(T0 + 2000);
        assertThat(opened.message()).contains("wind_speed_ms = 23.50, limit 20.00");
        Alert cleared = alerts().get(1);
        assertThat(cleared.alertId()).isEqualTo(opened.alertId());
        assertThat(cleared.status()).isEqualTo(Alert.CLEARED);
        assertThat(cleared.clearingEventId()).isEqualTo("e4");
    }

    @Test
    void strongWindWithNothingOnTheHookIsNoAlert() throws Exception {
        crane("e1", 0, 27);

        assertThat(alerts()).isEmpty();
    }

    @Test
    void weldingCurrentOutsideTheProcedureWindowAlertsOnlyWhileTheArcIsOn() throws Exception {
        String[] channels = {"current_a", "voltage_v"};
        send(ROBOT, "welding-robot", "w1", channels, 0, 0);
        send(ROBOT, "welding-robot", "w2", channels, 380, 28);

        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("weld-current-out-of-wps");
            assertThat(a.limit()).isEqualTo(HealthRules.WELD_CURRENT_MAX_A);
        });
    }

    @Test
    void steelWithinThreeDegreesOfTheDewPointStopsCoating() throws Exception {
        String[] channels = {"humidity_pct", "dew_point_c", "steel_temp_c"};
        send(BOOTH, "paint-booth", "b1", channels, 60, 8, 12);
        send(BOOTH, "paint-booth", "b2", channels, 60, 8, 10);

        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("booth-steel-near-dew-point");
            assertThat(a.value()).isEqualTo(10);
            assertThat(a.limit()).isEqualTo(11);
        });
    }

    @Test
    void alertsAreKeptPerAssetAndRestoredFromASnapshot() throws Exception {
        crane("e1", 240, 25);
        var snapshot = harness.snapshot(1, 1);
        harness.close();

        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EquipmentHealthFunction(HealthRules.defaults())),
                r -> r.reading().assetId(), org.apache.flink.api.common.typeinfo.Types.STRING);
        harness.initializeState(snapshot);
        harness.open();
        crane("e2", 240, 26);   // still open after the restore: no second alert
        crane("e3", 240, 5);

        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Alert.CLEARED);
            assertThat(a.alertId()).isEqualTo(CRANE + "/crane-lift-in-wind/e1");
        });
    }
}
