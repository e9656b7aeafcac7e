package io.shiptwin.streams.kpi;

import static io.shiptwin.streams.kpi.YardEvents.BLOCK;
import static io.shiptwin.streams.kpi.YardEvents.BLOCK_2;
import static io.shiptwin.streams.kpi.YardEvents.SHIP;
import static io.shiptwin.streams.kpi.YardEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.kpi.CgtFormula;
import io.shiptwin.model.lifecycle.LifecycleStage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class KpiWindowFunctionTest {
    private static final String YARD = "yard:wenchong";
    private static final String SHIP_SCOPE = "ship:" + SHIP;

    private static KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, KpiValue> harness() throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new KpiWindowFunction(Duration.ofHours(1),
                Duration.ofHours(6), StandardStageDurations.defaults(), CgtFormula.BULK_CARRIER, "yard.events.raw")),
                ScopedEvent::scope, Types.STRING);
        h.setup();
        h.open();
        return h;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, KpiValue> h, BusinessEvent e) throws Exception {
        var in = YardEvents.ingested(e);
        for (ScopedEvent s : KpiScope.of(in)) {
            h.processElement(s, e.eventTimeMillis());
        }
    }

    private static Optional<KpiValue> latest(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, KpiValue> h, String kpi,
                                             String scope, String window, long start) {
        List<KpiValue> all = h.extractOutputValues();
        KpiValue found = null;
        for (KpiValue v : all) {
            if (v.kpi().equals(kpi) && v.scope().equals(scope) && v.windowKind().equals(window) && v.windowStart() == start) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    @Test
    void onTimeEventsAreSummedAndEmittedOnlyWhenTheWatermarkPassesTheWindowEnd() throws Exception {
        try (var h = harness()) {
            send(h, YardEvents.steel("s1", at("10:05"), 120));
            send(h, YardEvents.steel("s2", at("10:40"), 80));
            send(h, YardEvents.energy("k1", at("10:30"), 1000));
            h.processWatermark(new Watermark(at("10:59") + 59_998));
            assertThat(h.extractOutputValues()).as("the hour has not ended in event time").isEmpty();

            h.processWatermark(new Watermark(at("11:00") - 1));
            assertThat(latest(h, "steel_throughput_t", YARD, "HOUR", at("10:00")).orElseThrow().value()).isEqualTo(200.0);
            KpiValue perTonne = latest(h, "energy_per_tonne_kwh", YARD, "HOUR", at("10:00")).orElseThrow();
            assertThat(perTonne.value()).isEqualTo(5.0);
            assertThat(perTonne.numerator()).isEqualTo(1000.0);
            assertThat(perTonne.denominator()).isEqualTo(200.0);
            assertThat(perTonne.events()).isEqualTo(3);
            assertThat(latest(h, "steel_throughput_t", "ship:" + SHIP, "HOUR", at("10:00")).orElseThrow().value())
                    .as("a delivery DLV-{hull}-... counts for its ship").isEqualTo(200.0);
            assertThat(latest(h, "steel_throughput_t", YARD, "SHIFT", at("06:00"))).as("the 06-14 shift is still open").isEmpty();
            assertThat(latest(h, "steel_throughput_t", YARD, "DAY", at("00:00"))).isEmpty();
            assertThat(h.getSideOutput(KpiWindowFunction.LATE_EVENTS)).isNull();
        }
    }

    @Test
    void anEventWithinTheAllowedLatenessUpdatesTheClosedWindowAndEmitsItAgain() throws Exception {
        try (var h = harness()) {
            send(h, YardEvents.steel("s1", at("10:05"), 120));
            h.processWatermark(new Watermark(at("11:00")));
            assertThat(latest(h, "steel_throughput_t", YARD, "HOUR", at("10:00")).orElseThrow().value()).isEqualTo(120.0);

            h.processWatermark(new Watermark(at("11:30")));
            send(h, YardEvents.steel("s2", at("10:50"), 50));
            KpiValue updated = latest(h, "steel_throughput_t", YARD, "HOUR", at("10:00")).orElseThrow();
            assertThat(updated.value()).isEqualTo(170.0);
            assertThat(updated.lateUpdates()).isEqualTo(1);
            assertThat(h.getSideOutput(KpiWindowFunction.LATE_EVENTS)).as("late, but within the lateness").isNull();

            h.processWatermark(new Watermark(at("14:00")));
            assertThat(latest(h, "steel_throughput_t", YARD, "SHIFT", at("06:00")).orElseThrow().value()).isEqualTo(170.0);
        }
    }

    @Test
    void anEventBeyondTheAllowedLatenessGoesToTheSideOutputWithTheWatermarkAndChangesNoKpi() throws Exception {
        try (var h = harness()) {
            send(h, YardEvents.steel("s1", at("10:05"), 120));
            h.processWatermark(new Watermark(at("12:00")));
            send(h, YardEvents.steel("late", at("10:20"), 999));
            send(h, YardEvents.steel("s3", at("12:10"), 30));

            var late = h.getSideOutput(KpiWindowFunction.LATE_EVENTS);
            assertThat(late).as("reported once, not once per scope").hasSize(1);
            LateEvent e = late.peek().getValue();
            assertThat(e.eventId()).isEqualTo("late");
            assertThat(e.watermarkMillis()).isEqualTo(at("12:00"));
            assertThat(e.eventTimeMillis()).isEqualTo(at("10:20"));
            assertThat(e.reason()).startsWith("late: material-delivered").contains("2026-03-02T12:00:00Z", "left out of the KPIs");
            assertThat(e.payload()).isNotEmpty();

            h.processWatermark(new Watermark(at("23:59") + 60_000));
            assertThat(latest(h, "steel_throughput_t", YARD, "HOUR", at("10:00")).orElseThrow().value()).isEqualTo(120.0);
            assertThat(latest(h, "steel_throughput_t", YARD, "SHIFT", at("06:00")).orElseThrow().value())
                    .as("the shift was open, but a late event is out of all its windows").isEqualTo(150.0);
            assertThat(latest(h, "steel_throughput_t", YARD, "DAY", at("00:00")).orElseThrow().value()).isEqualTo(150.0);
            List<WatermarkSample> samples = h.getSideOutput(KpiWindowFunction.WATERMARKS).stream().map(r -> r.getValue()).toList();
            assertThat(samples).isNotEmpty();
            assertThat(samples.get(0).source()).isEqualTo("yard.events.raw");
        }
    }

    @Test
    void reworkRateDftComplianceBlocksCompletedAndScheduleAdherenceOfAShift() throws Exception {
        try (var h = harness()) {
            send(h, YardEvents.started("p1", at("06:10"), BLOCK, LifecycleStage.PAINTING));
            send(h, YardEvents.finished("p2", at("09:10"), BLOCK, LifecycleStage.PAINTING));
            // Block 2's start was never seen: completed, but not in the adherence (no start to plan from).
            send(h, YardEvents.finished("p3", at("10:10"), BLOCK_2, LifecycleStage.PAINTING));
            send(h, YardEvents.inspection("i1", at("07:00"), true));
            send(h, YardEvents.inspection("i2", at("08:00"), false));
            send(h, YardEvents.inspection("i3", at("09:00"), true));
            send(h, YardEvents.inspection("i4", at("09:30"), true));
            send(h, YardEvents.inspection("i4", at("09:30"), true)); // duplicate: ignored
            h.processWatermark(new Watermark(at("14:00")));

            assertThat(latest(h, "rework_rate", YARD, "SHIFT", at("06:00")).orElseThrow().value()).isEqualTo(0.25);
            assertThat(latest(h, "dft_compliance", YARD, "SHIFT", at("06:00")).orElseThrow().value())
                    .as("every inspection here is a coating DFT one").isEqualTo(0.75);
            assertThat(latest(h, "blocks_completed", YARD, "SHIFT", at("06:00")).orElseThrow().value()).isEqualTo(2.0);
            KpiValue adherence = latest(h, "schedule_adherence", SHIP_SCOPE, "SHIFT", at("06:00")).orElseThrow();
            assertThat(adherence.value()).isEqualTo(1.0);
            assertThat(adherence.denominator()).isEqualTo(1.0);
            assertThat(latest(h, "rework_rate", SHIP_SCOPE, "HOUR", at("08:00")).orElseThrow().value()).isEqualTo(1.0);
        }
    }

    @Test
    void cgtPerManHourOfAShipIsItsCgtOverAllItsManHoursAtDelivery() throws Exception {
        try (var h = harness()) {
            send(h, YardEvents.manHours("m1", at("01:00"), BLOCK, 600_000));
            h.processWatermark(new Watermark(at("12:00")));
            // Late for the windows, yet still the ship's man-hours: not windowed.
            send(h, YardEvents.manHours("m2", at("02:00"), SHIP, 400_000));
            send(h, YardEvents.manHours("m3", at("20:10"), SHIP, 50));
            send(h, YardEvents.delivered("d1", at("20:30"), 50_000));
            h.processWatermark(new Watermark(at("21:00")));

            double cgt = 29 * Math.pow(0.55 * 50_000, 0.61);
            KpiValue ship = latest(h, "cgt_per_man_hour", SHIP_SCOPE, "HOUR", at("20:00")).orElseThrow();
            assertThat(ship.numerator()).isCloseTo(cgt, within(1e-6));
            assertThat(ship.denominator()).isEqualTo(1_000_050.0);
            KpiValue yard = latest(h, "cgt_per_man_hour", YARD, "HOUR", at("20:00")).orElseThrow();
            assertThat(yard.value()).as("yard: CGT delivered over the window's man-hours").isCloseTo(cgt / 50, within(1e-6));
            assertThat(h.getSideOutput(KpiWindowFunction.LATE_EVENTS)).hasSize(1);
        }
    }

    @Test
    void dftComplianceIsPassedOverAllCoatingDftInspectionsWhateverElseWasInspected() throws Exception {
        try (var h = harness()) {
            // As the simulator now reports them: every coat passed or failed as COATING_DFT, the weld checks as UT.
            send(h, YardEvents.inspection("c1", at("07:00"), true));
            send(h, YardEvents.inspection("c2", at("07:10"), true));
            send(h, YardEvents.inspection("c3", at("07:20"), false));
            send(h, YardEvents.inspection("c4", at("07:30"), true));
            send(h, YardEvents.inspection("c5", at("07:40"), true));
            send(h, YardEvents.ultrasonic("u1", at("07:15"), false));
            send(h, YardEvents.ultrasonic("u2", at("07:25"), true));
            h.processWatermark(new Watermark(at("08:00")));

            KpiValue dft = latest(h, "dft_compliance", YARD, "HOUR", at("07:00")).orElseThrow();
            assertThat(dft.numerator()).isEqualTo(4.0);
            assertThat(dft.denominator()).as("the UT inspections are not coating ones").isEqualTo(5.0);
            assertThat(dft.value()).isEqualTo(0.8);
            assertThat(latest(h, "rework_rate", YARD, "HOUR", at("07:00")).orElseThrow().value()).isEqualTo(2.0 / 7);
            assertThat(latest(h, "dft_compliance", SHIP_SCOPE, "HOUR", at("07:00")).orElseThrow().value()).isEqualTo(0.8);
        }
    }

    @Test
    void quietScopesForgetTheirSeenIdsOnceTheRetentionHasRunOutAndKeepTheirWindows() throws Exception {
        long retention = Duration.ofHours(6).toMillis();
        try (var h = harness()) {
            h.setProcessingTime(1_000);
            send(h, YardEvents.steel("s1", at("10:05"), 120));
            send(h, YardEvents.steel("s1", at("10:05"), 120)); // a duplicate while remembered
            int withIds = h.numKeyedStateEntries();

            h.setProcessingTime(2 * retention);
            assertThat(h.numKeyedStateEntries()).as("windows stay, seen ids go").isPositive().isLessThan(withIds);
            // Forgotten, as the retention allows: the same event id counts again.
            send(h, YardEvents.steel("s1", at("10:05"), 120));

            h.processWatermark(new Watermark(at("11:00") - 1));
            assertThat(latest(h, "steel_throughput_t", YARD, "HOUR", at("10:00")).orElseThrow().value()).isEqualTo(240.0);
        }
    }

    @Test
    void aQuietStreamIsSampledOnceMoreAndThenLeavesNoTimers() throws Exception {
        // Each event counts once per scope it belongs to (yard, ship, ...), each scope a key of its own.
        long scopes = KpiScope.of(YardEvents.ingested(YardEvents.steel("s1", at("10:05"), 120))).stream()
                .map(ScopedEvent::scope).distinct().count();
        try (var h = harness()) {
            h.setProcessingTime(1_000);
            send(h, YardEvents.steel("s1", at("10:05"), 120)); // its first scope is sampled at once
            send(h, YardEvents.steel("s2", at("10:06"), 80)); // the rest within the second: a timer takes them
            h.setProcessingTime(2_000);
            List<WatermarkSample> samples = h.getSideOutput(KpiWindowFunction.WATERMARKS).stream().map(r -> r.getValue()).toList();
            assertThat(samples).extracting(WatermarkSample::events).containsExactly(1L, 2 * scopes);

            // Nothing new since: no further sample, and no timer left ticking for one.
            h.setProcessingTime(60_000);
            assertThat(h.getSideOutput(KpiWindowFunction.WATERMARKS)).hasSize(2);
            assertThat(h.numProcessingTimeTimers()).as("only the seen ids' timers, one per scope").isEqualTo(scopes);
        }
    }
}
