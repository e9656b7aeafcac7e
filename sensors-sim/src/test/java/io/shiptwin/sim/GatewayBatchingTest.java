package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayBatchingTest {
    @Test
    void oneReadingPerMessageIsNoBatching() {
        assertThat(GatewayBatching.of(1, 5)).isSameAs(GatewayBatching.NONE);
        assertThat(GatewayBatching.NONE.batches()).isFalse();
        assertThat(GatewayBatching.NONE).hasToString("none");
        GatewayBatching twenty = GatewayBatching.of(20, 5);
        assertThat(twenty.batches()).isTrue();
        assertThat(twenty.linger()).isEqualTo(Duration.ofMillis(5));
        assertThat(twenty).hasToString("20 readings or 5 ms");
        assertThat(SimConfig.defaults("tcp://127.0.0.1:1883").gateway()).isEqualTo(GatewayBatching.NONE);
        assertThat(SimConfig.defaults("tcp://127.0.0.1:1883").withGateway(twenty).withRate(50).gateway()).isEqualTo(twenty);
    }

    @Test
    void onlyTelemetryTopicsAreBatched() {
        assertThat(GatewayBatching.appliesTo("shipyard/wenchong/dock-1/crane/GC-01/telemetry")).isTrue();
        assertThat(GatewayBatching.appliesTo("shipyard/wenchong/dock-1/crane/GC-01/events")).isFalse();
    }

    @Test
    void outOfRangeSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> GatewayBatching.of(0, 5)).hasMessage("gateway batch: readings per message must be 1..1000, got 0");
        assertThatThrownBy(() -> GatewayBatching.of(1001, 5)).hasMessageContaining("got 1001");
        assertThatThrownBy(() -> GatewayBatching.of(20, 0)).hasMessageContaining("needs a linger > 0");
        assertThatThrownBy(() -> GatewayBatching.of(20, -1)).hasMessageContaining("gateway linger: must be 0..10 s");
        assertThatThrownBy(() -> GatewayBatching.of(20, 60_000)).hasMessageContaining("gateway linger: must be 0..10 s");
    }

    @Test
    void anAreaGatewayBatchesTheTelemetryOfItsAreaOnItsOwnTopic() {
        GatewayBatching perArea = GatewayBatching.of(20, 5).withScope(GatewayBatching.Scope.AREA);
        assertThat(perArea.scope()).isEqualTo(GatewayBatching.Scope.AREA);
        assertThat(perArea).hasToString("20 readings or 5 ms, per area");
        assertThat(perArea.batchTopic("shipyard/wenchong/dock-1/crane/GC-01/telemetry"))
                .isEqualTo("shipyard/wenchong/dock-1/gateway/GW-dock-1/telemetry")
                .isEqualTo(perArea.batchTopic("shipyard/wenchong/dock-1/welding-robot/WR-07/telemetry"));
        assertThat(perArea.batchTopic("shipyard/wenchong/panel-line/crane/GC-02/telemetry"))
                .isEqualTo("shipyard/wenchong/panel-line/gateway/GW-panel-line/telemetry");
        assertThat(GatewayBatching.of(20, 5).batchTopic("shipyard/wenchong/dock-1/crane/GC-01/telemetry"))
                .as("per machine: its own topic").isEqualTo("shipyard/wenchong/dock-1/crane/GC-01/telemetry");
        assertThat(GatewayBatching.NONE.withScope(GatewayBatching.Scope.AREA)).as("nothing to batch").isSameAs(GatewayBatching.NONE);
    }

    @Test
    void theScopeIsMachineOrArea() {
        assertThat(GatewayBatching.Scope.parse("Area")).isEqualTo(GatewayBatching.Scope.AREA);
        assertThat(GatewayBatching.Scope.parse("machine")).isEqualTo(GatewayBatching.Scope.MACHINE);
        assertThatThrownBy(() -> GatewayBatching.Scope.parse("yard"))
                .hasMessage("gateway scope: must be machine or area, got 'yard'");
    }
}
