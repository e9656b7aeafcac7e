package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.model.TelemetryReading;
import org.junit.jupiter.api.Test;

class EquipmentAccumulatorTest {
    private static final double EPS = 1e-9;

    private static TelemetryReading at(String eventId, long seq, long time, double load, double wind) {
        return Readings.crane(CRANE, eventId, seq, time, load, wind);
    }

    private static EquipmentAccumulator applied(TelemetryReading... readings) {
        EquipmentAccumulator acc = new EquipmentAccumulator();
        for (TelemetryReading r : readings) {
            acc.apply(r);
        }
        return acc;
    }

    @Test
    void keepsMinMaxMeanSamplesAndLastPerChannel() {
        TelemetryReading third = at("e3", 3, T0 + 2000, 110, 4);
        EquipmentAccumulator acc = applied(at("e1", 1, T0, 100, 6), at("e2", 2, T0 + 1000, 130, 2), third);

        EquipmentTwin twin = acc.snapshot(third, 99L);

        assertThat(twin.channels()).containsExactly("load_t", "wind_ms");
        assertThat(twin.min()).containsExactly(100, 2);
        assertThat(twin.max()).containsExactly(130, 6);
        assertThat(twin.mean()[0]).isCloseTo(340.0 / 3, within(EPS));
        assertThat(twin.mean()[1]).isCloseTo(4.0, within(EPS));
        assertThat(twin.samples()).containsExactly(3, 3);
        assertThat(twin.last()).containsExactly(110, 4);
        assertThat(twin.lastEventId()).isEqualTo("e3");
        assertThat(twin.lastSequence()).isEqualTo(3);
        assertThat(twin.lastEventTimeMillis()).isEqualTo(T0 + 2000);
        assertThat(twin.updatedAtMillis()).isEqualTo(99L);
        assertThat(twin.applied()).isSameAs(third);
        assertThat(twin.assetId()).isEqualTo(CRANE);
        assertThat(twin.assetType()).isEqualTo("crane");
        assertThat(twin.site()).isEqualTo("wenchong");
        assertThat(twin.area()).isEqualTo("dock-1");
    }

    @Test
    void olderEventUpdatesStatisticsButNotLastValuesNorLastEvent() {
        TelemetryReading late = at("e0", 1, T0 - 5000, 50, 9);
        EquipmentAccumulator acc = applied(at("e1", 2, T0, 100, 6), at("e2", 3, T0 + 1000, 120, 4), late);

        EquipmentTwin twin = acc.snapshot(late, 0L);

        assertThat(twin.min()).containsExactly(50, 4);
        assertThat(twin.max()).containsExactly(120, 9);
        assertThat(twin.mean()[0]).isCloseTo(90.0, within(EPS));
        assertThat(twin.mean()[1]).isCloseTo(19.0 / 3, within(EPS));
        assertThat(twin.samples()).containsExactly(3, 3);
        assertThat(twin.last()).containsExactly(120, 4);
        assertThat(twin.lastEventId()).isEqualTo("e2");
        assertThat(twin.lastSequence()).isEqualTo(3);
        assertThat(twin.lastEventTimeMillis()).isEqualTo(T0 + 1000);
    }

    @Test
    void channelFirstSeenLaterIsAddedWithItsOwnStatistics() {
        TelemetryReading withMotor = Readings.crane(CRANE, "e3", 3, T0 + 2000,
                new String[] {"motor_temp_c", "load_t"}, new double[] {65, 90});
        EquipmentAccumulator acc = applied(at("e1", 1, T0, 100, 6), at("e2", 2, T0 + 1000, 120, 4), withMotor);

        EquipmentTwin twin = acc.snapshot(withMotor, 0L);

        assertThat(twin.channels()).containsExactly("load_t", "wind_ms", "motor_temp_c");
        assertThat(twin.samples()).containsExactly(3, 2, 1);
        assertThat(twin.last()).containsExactly(90, 4, 65);
        assertThat(twin.min()).containsExactly(90, 4, 65);
        assertThat(twin.max()).containsExactly(120, 6, 65);
        assertThat(twin.mean()[2]).isCloseTo(65.0, within(EPS));
        assertThat(twin.channel("motor_temp_c")).isEqualTo(2);
    }

    @Test
    void versionCountsAppliedEventsIncludingOutOfOrderOnes() {
        EquipmentAccumulator acc = new EquipmentAccumulator();
        assertThat(acc.version).isZero();

        acc.apply(at("e1", 1, T0, 100, 6));
        acc.apply(at("e2", 2, T0 + 1000, 110, 6));
        acc.apply(at("e0", 3, T0 - 1000, 90, 6));

        assertThat(acc.version).isEqualTo(3);
        assertThat(acc.snapshot(at("e0", 3, T0 - 1000, 90, 6), 0L).version()).isEqualTo(3);
    }

    @Test
    void snapshotIsNotChangedByLaterUpdatesOfTheAccumulator() {
        TelemetryReading first = at("e1", 1, T0, 100, 6);
        EquipmentAccumulator acc = applied(first);
        EquipmentTwin before = acc.snapshot(first, 0L);

        // Same channels: the accumulator's arrays are updated in place, so only a copy protects the snapshot.
        acc.apply(at("e2", 2, T0 + 1000, 200, 1));

        assertThat(before.version()).isEqualTo(1);
        assertThat(before.channels()).containsExactly("load_t", "wind_ms");
        assertThat(before.last()).containsExactly(100, 6);
        assertThat(before.min()).containsExactly(100, 6);
        assertThat(before.max()).containsExactly(100, 6);
        assertThat(before.mean()).containsExactly(100, 6);
        assertThat(before.samples()).containsExactly(1, 1);
        assertThat(before.lastEventId()).isEqualTo("e1");
    }
}
