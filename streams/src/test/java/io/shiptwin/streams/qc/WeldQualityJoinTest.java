package io.shiptwin.streams.qc;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.streams.lifecycle.HullEntity;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.IngestedReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The block's inspections joined with the telemetry of the robot that welded it (named by its block-assembly stage
 * events), with the WPS window 200–300 A, 22–36 V, 20–60 cm/min and one hour of allowed lateness.
 */
class WeldQualityJoinTest {
    static final String PREFIX = "88.118.8001";
    static final String SITE = "wenchong";
    static final Identifier BLOCK = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B1");
    static final Identifier BLOCK_2 = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B2");
    static final Identifier STATION = ObjectKind.WORK_CENTRE.identifier(PREFIX, "BLOCK-ASSEMBLY");
    static final Identifier ROBOT = Identifier.parse(PREFIX + "/EQ-WR-01");
    static final Identifier OTHER_ROBOT = Identifier.parse(PREFIX + "/EQ-WR-02");
    static final Identifier UT = ObjectKind.INSPECTION.identifier(PREFIX, "H1", "B1", "1");
    static final Identifier COAT = ObjectKind.INSPECTION.identifier(PREFIX, "H1", "B1", "2");
    private long seq = 1;
    private final WeldQualityJoin join = new WeldQualityJoin(WeldWindow.fcawDefaults(), Duration.ofHours(1), Duration.ofHours(6));
    private final KeyedTwoInputStreamOperatorTestHarness<String, IngestedReading, IngestedEvent, WeldQuality> h;

    WeldQualityJoinTest() throws Exception {
        h = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(join), (IngestedReading r) -> r.reading().site(),
                (IngestedEvent e) -> e.event().site(), Types.STRING);
        h.setup();
        h.open();
    }

    private static long at(String hhmm) {
        return at(0, hhmm);
    }

    private static long at(int day, String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z").toEpochMilli() + Duration.ofDays(day).toMillis();
    }

    private void weld(Identifier robot, long t, double currentA, double voltageV) throws Exception {
        TelemetryReading r = new TelemetryReading("w" + seq, robot.toString(), seq++, t, SITE, "assembly-hall", "welding-robot",
                new String[] {"current_a", "voltage_v", "travel_speed_cm_min"}, new double[] {currentA, voltageV, 40});
        h.processElement1(new IngestedReading(r, "yard.telemetry.raw", 0, seq), t);
    }

    private void event(BusinessEvent e) throws Exception {
        h.processElement2(new IngestedEvent(e, HullEntity.of(e).orElse(null), "yard.events.raw", 0, seq++), e.eventTimeMillis());
    }

    private void watermark(long t) throws Exception {
        h.processWatermark1(new Watermark(t));
        h.processWatermark2(new Watermark(t));
    }

    private static EventHeader header(String id, Identifier subject, long t) {
        return new EventHeader(id, subject.toString(), 1, t, SITE, "assembly-hall", "block");
    }

    private void welded(Identifier block, Identifier robot, long from, long to) throws Exception {
        event(new StageStarted(header("s-" + block.suffix(), block, from), LifecycleStage.BLOCK_ASSEMBLY, STATION, robot));
        event(new StageFinished(header("f-" + block.suffix(), block, to), LifecycleStage.BLOCK_ASSEMBLY, STATION, robot));
    }

    private InspectionRecorded ut(String id, Identifier block, long t, boolean passed) {
        return new InspectionRecorded(header(id, UT, t), block, InspectionMethod.ULTRASONIC, passed, passed ? "ok" : "lack of fusion");
    }

    private WeldQuality last() {
        List<WeldQuality> out = h.extractOutputValues();
        assertThat(out).isNotEmpty();
        return out.get(out.size() - 1);
    }

    @Test
    void telemetryBeforeAFailedUtIsCountedForTheRobotThatWeldedTheBlockOnceTheWatermarkPassesTheTestAndTheLateness()
            throws Exception {
        try (h) {
            weld(ROBOT, at("07:50"), 250, 28);       // before the block's welding
            weld(ROBOT, at("08:30"), 250, 28);
            weld(ROBOT, at("09:00"), 340, 28);       // current out of the 200-300 A window
            weld(ROBOT, at("09:10"), 0, 0);          // arc off: not welding
            weld(ROBOT, at("09:20"), 250, 40);       // voltage out of 22-36 V
            weld(OTHER_ROBOT, at("09:15"), 90, 28);  // another robot of the same station: not this block's
            weld(ROBOT, at("10:30"), 400, 28);       // after the welding
            welded(BLOCK, ROBOT, at("08:00"), at("10:00"));
            event(ut("i1", BLOCK, at("10:00"), false));

            WeldQuality atOnce = last();
            assertThat(atOnce.failedUt()).as("the inspection itself is recorded at once").isEqualTo(1);
            assertThat(atOnce.utOutOfWindowReadings()).as("not counted before the watermark").isNull();
            assertThat(atOnce.suspectedCause()).isNull();

            watermark(at("10:59"));
            assertThat(last().utOutOfWindowReadings()).as("still within the allowed lateness").isNull();

            watermark(at("11:00"));
            WeldQuality q = last();
            assertThat(q.blockId()).isEqualTo(BLOCK.toString());
            assertThat(q.equipment()).isEqualTo(ROBOT.toString());
            assertThat(q.workCentre()).isEqualTo(STATION.toString());
            assertThat(q.resolved()).isTrue();
            assertThat(q.arcOnReadings()).isEqualTo(3);
            assertThat(q.outOfWindowReadings()).isEqualTo(2);
            assertThat(q.utArcOnReadings()).isEqualTo(3);
            assertThat(q.utOutOfWindowReadings()).isEqualTo(2);
            assertThat(q.failedUtAt()).isEqualTo(at("10:00"));
            assertThat(q.suspectedCause()).isEqualTo("welding parameters out of procedure window before the failed UT: 2 of 3"
                    + " arc-on readings of 88.118.8001/EQ-WR-01 (current 1, voltage 1, travel speed 0)");

            // Later inspections update the record at once; a duplicate is ignored.
            InspectionRecorded coat = new InspectionRecorded(header("i2", COAT, at("12:00")), BLOCK, InspectionMethod.COATING_DFT,
                    true, "coat 1: dry film thickness within specification");
            event(coat);
            event(coat);
            WeldQuality later = last();
            assertThat(later.inspections()).isEqualTo(2);
            assertThat(later.dftInspections()).isEqualTo(1);
            assertThat(later.dftPassed()).isEqualTo(1);
            assertThat(later.utInspections()).isEqualTo(1);
            assertThat(later.utOutOfWindowReadings()).isEqualTo(2);
            assertThat(later.version()).isGreaterThan(q.version());
        }
    }

    @Test
    void aFailedUtArrivingBeforeLateTelemetryWaitsForItWithinTheAllowedLateness() throws Exception {
        try (h) {
            welded(BLOCK, ROBOT, at("08:00"), at("10:00"));
            weld(ROBOT, at("08:30"), 250, 28);
            event(ut("i1", BLOCK, at("10:00"), false));
            watermark(at("10:20"));
            // The robot's gateway was slow: readings of 09:40 and 09:45 arrive behind the watermark, within the hour.
            weld(ROBOT, at("09:40"), 380, 28);
            weld(ROBOT, at("09:45"), 250, 28);
            watermark(at("11:00"));
            WeldQuality q = last();
            assertThat(q.utArcOnReadings()).isEqualTo(3);
            assertThat(q.utOutOfWindowReadings()).as("the late out-of-window reading counts").isEqualTo(1);
            assertThat(q.suspectedCause()).startsWith("welding parameters out of procedure window before the failed UT: 1 of 3");

            // Beyond the lateness: it cannot change what was counted (and is counted as a late reading).
            int rows = h.extractOutputValues().size();
            weld(ROBOT, at("09:50"), 390, 28);
            watermark(at("12:00"));
            assertThat(h.extractOutputValues()).hasSize(rows);
            assertThat(last().utOutOfWindowReadings()).isEqualTo(1);
        }
    }

    @Test
    void aFailedUtAfterWeldingWithinTheWindowNamesNoWeldingCauseAndOneWithoutANamedRobotSaysSo() throws Exception {
        try (h) {
            welded(BLOCK, ROBOT, at("08:00"), at("10:00"));
            weld(ROBOT, at("08:30"), 250, 28);
            weld(ROBOT, at("09:30"), 260, 30);
            event(ut("i1", BLOCK, at("10:00"), false));
            // Block 2's stage events come from a producer that does not name the unit: nothing is guessed.
            event(new StageStarted(header("s2", BLOCK_2, at("08:00")), LifecycleStage.BLOCK_ASSEMBLY, STATION));
            event(new StageFinished(header("f2", BLOCK_2, at("10:00")), LifecycleStage.BLOCK_ASSEMBLY, STATION));
            event(ut("i2", BLOCK_2, at("10:05"), false));
            watermark(at("12:00"));

            List<WeldQuality> out = h.extractOutputValues();
            WeldQuality one = out.stream().filter(w -> w.blockId().equals(BLOCK.toString())).reduce((a, b) -> b).orElseThrow();
            assertThat(one.utOutOfWindowReadings()).isZero();
            assertThat(one.suspectedCause()).isEqualTo("welding parameters within the procedure window before the failed UT"
                    + " (2 arc-on readings of 88.118.8001/EQ-WR-01): cause not in the welding telemetry");
            WeldQuality two = out.stream().filter(w -> w.blockId().equals(BLOCK_2.toString())).reduce((a, b) -> b).orElseThrow();
            assertThat(two.equipment()).isNull();
            assertThat(two.arcOnReadings()).as("the other robot's readings are not guessed to be block 2's").isZero();
            assertThat(two.suspectedCause()).isEqualTo("the welding stage's events named no welding unit: welding telemetry not joined");
        }
    }

    @Test
    void timersDropTheReadingsAndTheirPendingCountsOnceNoIntervalCanReachThem() throws Exception {
        try (h) {
            welded(BLOCK, ROBOT, at("08:00"), at("10:00"));
            weld(ROBOT, at("08:30"), 250, 28);
            weld(ROBOT, at(1, "08:30"), 250, 28);
            assertThat(buckets()).isEqualTo(2);
            assertThat(h.numEventTimeTimers()).as("the weld count and a clean-up per day").isEqualTo(3);

            watermark(at("11:00"));
            assertThat(last().arcOnReadings()).isEqualTo(1);
            assertThat(h.numEventTimeTimers()).isEqualTo(2);

            watermark(at(61, "00:00"));
            assertThat(buckets()).as("day 0 is 60 days past").isEqualTo(1);
            watermark(at(62, "00:00"));
            assertThat(buckets()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
            // A block inspected after its readings are gone still gets its record (the counts it had).
            event(new InspectionRecorded(header("i3", COAT, at(62, "01:00")), BLOCK, InspectionMethod.COATING_DFT, false, "coat 2"));
            assertThat(last().dftInspections()).isEqualTo(1);
            assertThat(last().arcOnReadings()).isEqualTo(1);
        }
    }

    @Test
    void anInspectionOfABlockWhoseWeldingWasNotSeenIsKeptWithoutAStation() throws Exception {
        try (h) {
            event(ut("i1", BLOCK_2, at("09:45"), true));
            List<WeldQuality> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).workCentre()).isNull();
            assertThat(out.get(0).resolved()).isFalse();
            assertThat(out.get(0).inspections()).isEqualTo(1);
            assertThat(out.get(0).utInspections()).isEqualTo(1);
            assertThat(out.get(0).failedUt()).isZero();
        }
    }

    @Test
    void theMeasuredDftIsTheMeanCoatingThicknessTheBoothNamedByThePaintingStageReadDuringIt() throws Exception {
        try (h) {
            Identifier booth = Identifier.parse(PREFIX + "/EQ-PAINT-BOOTH-01");
            Identifier otherBooth = Identifier.parse(PREFIX + "/EQ-PAINT-BOOTH-02");
            event(new StageStarted(header("p1", BLOCK, at("08:00")), LifecycleStage.PAINTING, STATION, booth));
            dft(booth, at("07:55"), 280);     // before the block's painting
            dft(booth, at("08:30"), 330);
            dft(booth, at("09:00"), 0);       // not coating: no thickness reading
            dft(booth, at("09:30"), 310);
            dft(otherBooth, at("09:00"), 500);
            event(new StageFinished(header("p2", BLOCK, at("10:00")), LifecycleStage.PAINTING, STATION, booth));
            event(new InspectionRecorded(header("i1", COAT, at("10:00")), BLOCK, InspectionMethod.COATING_DFT, true, "coat 1"));
            assertThat(last().dftMeanUm()).as("counted once the watermark passes the painting and the lateness").isNull();

            watermark(at("11:00"));
            WeldQuality q = last();
            assertThat(q.booth()).isEqualTo(booth.toString());
            assertThat(q.dftReadings()).isEqualTo(2);
            assertThat(q.dftMeanUm()).isEqualTo(320.0);
            assertThat(q.dftInspections()).isEqualTo(1);
            assertThat(q.dftPassed()).isEqualTo(1);
        }
    }

    private void dft(Identifier booth, long t, double um) throws Exception {
        TelemetryReading r = new TelemetryReading("d" + seq, booth.toString(), seq++, t, SITE, "paint-shop", "paint-booth",
                new String[] {"air_temp_c", "humidity_pct", "dft_um"}, new double[] {18, 60, um});
        h.processElement1(new IngestedReading(r, "yard.telemetry.raw", 0, seq), t);
    }

    private int buckets() throws Exception {
        h.getOperator().setCurrentKey(SITE);
        return join.bucketsHeld();
    }

    @Test
    void aQuietSiteForgetsItsSeenEventIdsOnProcessingTimeAndKeepsItsJoinTimers() throws Exception {
        try (h) {
            h.setProcessingTime(1_000);
            welded(BLOCK, ROBOT, at("08:00"), at("10:00"));
            int withIds = h.numKeyedStateEntries();
            int joinTimers = h.numEventTimeTimers();
            assertThat(h.numProcessingTimeTimers()).isEqualTo(1);

            h.setProcessingTime(2 * Duration.ofHours(6).toMillis());
            assertThat(h.numKeyedStateEntries()).as("blocks stay, seen ids go").isPositive().isLessThan(withIds);
            assertThat(h.numEventTimeTimers()).isEqualTo(joinTimers);
            assertThat(h.numProcessingTimeTimers()).isZero();
            assertThat(h.extractOutputValues()).as("a processing-time timer resolves no block").isEmpty();
        }
    }
}
