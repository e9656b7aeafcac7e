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

class WeldQualityJoinTest {
    static final String PREFIX = "88.118.8001";
    static final Identifier BLOCK = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B1");
    static final Identifier BLOCK_2 = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B2");
    static final Identifier ROBOTS = ObjectKind.WORK_CENTRE.identifier(PREFIX, "WELDING-ROBOTS");
    static final Identifier INSP = ObjectKind.INSPECTION.identifier(PREFIX, "H1", "B1", "1");
    private long seq = 1;

    private static long at(String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z").toEpochMilli();
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, IngestedReading, IngestedEvent, WeldQuality> harness() throws Exception {
        var h = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(new WeldQualityJoin(new WeldWindow(200, 300),
                Duration.ofHours(6))), (IngestedReading r) -> r.reading().site(), (IngestedEvent e) -> e.event().site(), Types.STRING);
        h.setup();
        h.open();
        return h;
    }

    private void weld(KeyedTwoInputStreamOperatorTestHarness<String, IngestedReading, IngestedEvent, WeldQuality> h, String area,
                      long t, double currentA) throws Exception {
        TelemetryReading r = new TelemetryReading("w" + seq, PREFIX + "/EQ-WR-01", seq++, t, "wenchong", area, "welding-robot",
                new String[] {"current_a", "voltage_v"}, new double[] {currentA, 28});
        h.processElement1(new IngestedReading(r, "yard.telemetry.raw", 0, seq), t);
    }

    private void event(KeyedTwoInputStreamOperatorTestHarness<String, IngestedReading, IngestedEvent, WeldQuality> h, BusinessEvent e)
            throws Exception {
        h.processElement2(new IngestedEvent(e, HullEntity.of(e).orElse(null), "yard.events.raw", 0, seq++), e.eventTimeMillis());
    }

    private static EventHeader header(String id, Identifier subject, long t) {
        return new EventHeader(id, subject.toString(), 1, t, "wenchong", "shop", "block");
    }

    @Test
    void aFailedInspectionComesWithTheOutOfWindowCurrentOfTheStationThatWeldedTheBlock() throws Exception {
        try (var h = harness()) {
            event(h, new StageStarted(header("s1", BLOCK, at("08:00")), LifecycleStage.SUB_ASSEMBLY, ROBOTS));
            weld(h, "shop", at("07:50"), 250);      // before the block's welding
            weld(h, "shop", at("08:30"), 250);
            weld(h, "shop", at("09:00"), 340);      // out of the 200-300 A window
            weld(h, "shop", at("09:10"), 0);        // arc off: not welding
            weld(h, "paint-shop", at("09:15"), 90); // another area's robot
            weld(h, "shop", at("09:30"), 180);      // out of window
            event(h, new StageFinished(header("f1", BLOCK, at("10:00")), LifecycleStage.SUB_ASSEMBLY, ROBOTS));
            weld(h, "shop", at("10:30"), 400);      // after it
            event(h, new InspectionRecorded(header("i1", INSP, at("09:45")), BLOCK, InspectionMethod.ULTRASONIC, false, "porosity"));
            assertThat(h.extractOutputValues()).as("waits for the watermark to pass the weld's finish").isEmpty();

            h.processWatermark1(new Watermark(at("11:00")));
            h.processWatermark2(new Watermark(at("11:00")));
            List<WeldQuality> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            WeldQuality q = out.get(0);
            assertThat(q.blockId()).isEqualTo(BLOCK.toString());
            assertThat(q.workCentre()).isEqualTo(ROBOTS.toString());
            assertThat(q.resolved()).isTrue();
            assertThat(q.arcOnReadings()).isEqualTo(3);
            assertThat(q.outOfWindowReadings()).isEqualTo(2);
            assertThat(q.inspections()).isEqualTo(1);
            assertThat(q.failedInspections()).isEqualTo(1);

            event(h, new InspectionRecorded(header("i2", INSP, at("12:00")), BLOCK, InspectionMethod.COATING_DFT, true, "ok"));
            event(h, new InspectionRecorded(header("i2", INSP, at("12:00")), BLOCK, InspectionMethod.COATING_DFT, true, "ok"));
            WeldQuality later = h.extractOutputValues().get(h.extractOutputValues().size() - 1);
            assertThat(later.inspections()).as("the duplicate is ignored").isEqualTo(2);
            assertThat(later.dftInspections()).isEqualTo(1);
            assertThat(later.dftPassed()).isEqualTo(1);
            assertThat(later.outOfWindowReadings()).isEqualTo(2);
        }
    }

    @Test
    void anInspectionOfABlockWhoseWeldingWasNotSeenIsKeptWithoutAStation() throws Exception {
        try (var h = harness()) {
            event(h, new InspectionRecorded(header("i1", INSP, at("09:45")), BLOCK_2, InspectionMethod.DIMENSIONAL, true, "ok"));
            List<WeldQuality> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).workCentre()).isNull();
            assertThat(out.get(0).resolved()).isFalse();
            assertThat(out.get(0).inspections()).isEqualTo(1);
        }
    }
}
