package io.shiptwin.streams.kpi;

import static io.shiptwin.streams.kpi.YardEvents.BLOCK;
import static io.shiptwin.streams.kpi.YardEvents.BLOCK_2;
import static io.shiptwin.streams.kpi.YardEvents.PREFIX;
import static io.shiptwin.streams.kpi.YardEvents.SHIP;
import static io.shiptwin.streams.kpi.YardEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.kpi.CgtFormula;
import io.shiptwin.model.lifecycle.LifecycleStage;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * Schedule adherence from the yard's plan: the {@code stage-planned} events' planned finishes (kept per entity by
 * {@link PlannedFinishFunction}) against the finishes, through the KPI windows; the standard durations only for a
 * stage with no plan event.
 */
class ScheduleAdherenceTest {
    private static final Identifier BLOCK_3 = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B3");
    private static final String YARD = "yard:wenchong";
    private static final String SHIP_SCOPE = "ship:" + SHIP;

    private final KeyedOneInputStreamOperatorTestHarness<String, io.shiptwin.streams.lifecycle.IngestedEvent, PlannedEvent> plans;
    private final KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, KpiValue> kpis;
    private int forwarded;

    ScheduleAdherenceTest() throws Exception {
        plans = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new PlannedFinishFunction()),
                PlannedFinishFunction.ENTITY, Types.STRING);
        plans.open();
        kpis = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new KpiWindowFunction(Duration.ofHours(1),
                Duration.ofHours(6), StandardStageDurations.defaults(), CgtFormula.BULK_CARRIER, "yard.events.raw")),
                ScopedEvent::scope, Types.STRING);
        kpis.open();
    }

    /** Through the plan operator, then every output copy to its scopes in the KPI operator. */
    private void send(BusinessEvent e) throws Exception {
        plans.processElement(YardEvents.ingested(e), e.eventTimeMillis());
        List<PlannedEvent> out = plans.extractOutputValues();
        for (PlannedEvent p : out.subList(forwarded, out.size())) {
            for (ScopedEvent s : KpiScope.of(p)) {
                kpis.processElement(s, p.in().event().eventTimeMillis());
            }
        }
        forwarded = out.size();
    }

    private KpiValue latest(String kpi, String scope, String window, long start) {
        KpiValue found = null;
        for (KpiValue v : kpis.extractOutputValues()) {
            if (v.kpi().equals(kpi) && v.scope().equals(scope) && v.windowKind().equals(window) && v.windowStart() == start) {
                found = v;
            }
        }
        assertThat(found).as(kpi + " " + scope + " " + window).isNotNull();
        return found;
    }

    @Test
    void aStageFinishedAfterItsPlannedFinishIsLateAndOneFinishedBeforeIsOnTime() throws Exception {
        try (plans; kpis) {
            // The plan is released first (at the order start): both blocks to finish painting by 09:00.
            send(YardEvents.planned("pl1", at("00:10"), BLOCK, LifecycleStage.PAINTING, at("06:00"), at("09:00")));
            send(YardEvents.planned("pl2", at("00:10"), BLOCK_2, LifecycleStage.PAINTING, at("06:00"), at("09:00")));
            send(YardEvents.started("s1", at("06:10"), BLOCK, LifecycleStage.PAINTING));
            send(YardEvents.started("s2", at("06:10"), BLOCK_2, LifecycleStage.PAINTING));
            send(YardEvents.finished("f1", at("08:30"), BLOCK, LifecycleStage.PAINTING));   // before its planned finish
            send(YardEvents.finished("f2", at("10:10"), BLOCK_2, LifecycleStage.PAINTING)); // after it: late
            kpis.processWatermark(new Watermark(at("14:00")));

            KpiValue shift = latest("schedule_adherence", YARD, "SHIFT", at("06:00"));
            assertThat(shift.denominator()).isEqualTo(2.0);
            assertThat(shift.numerator()).as("only block 1 on time: the standard 7 days would have counted both").isEqualTo(1.0);
            assertThat(shift.value()).isEqualTo(0.5);
            assertThat(latest("schedule_adherence", SHIP_SCOPE, "HOUR", at("08:00")).value()).isEqualTo(1.0);
            assertThat(latest("schedule_adherence", SHIP_SCOPE, "HOUR", at("10:00")).value()).isEqualTo(0.0);
            assertThat(latest("schedule_adherence", "area:wenchong/paint-shop", "SHIFT", at("06:00")).value())
                    .as("the area of the finish knows the plan too, though the plan was published by the planning office")
                    .isEqualTo(0.5);
        }
    }

    @Test
    void theLatestPlanWinsAndAStageWithoutAPlanFallsBackToTheStandardDuration() throws Exception {
        try (plans; kpis) {
            send(YardEvents.planned("pl1", at("00:10"), BLOCK, LifecycleStage.PAINTING, at("06:00"), at("07:00")));
            send(YardEvents.planned("pl1b", at("00:20"), BLOCK, LifecycleStage.PAINTING, at("06:00"), at("12:00"))); // re-plan
            send(YardEvents.started("s1", at("06:10"), BLOCK, LifecycleStage.PAINTING));
            send(YardEvents.finished("f1", at("11:00"), BLOCK, LifecycleStage.PAINTING)); // late by the first plan, not by the latest
            // Block 3 has no plan event: its finish 5 h after its start is within the standard 7 days of painting.
            send(YardEvents.started("s3", at("06:20"), BLOCK_3, LifecycleStage.PAINTING));
            send(YardEvents.finished("f3", at("11:20"), BLOCK_3, LifecycleStage.PAINTING));
            // A plan for a stage that does not finish here does not count.
            send(YardEvents.planned("pl2", at("00:10"), BLOCK_2, LifecycleStage.CUTTING, at("06:00"), at("07:00")));
            kpis.processWatermark(new Watermark(at("14:00")));

            KpiValue shift = latest("schedule_adherence", YARD, "SHIFT", at("06:00"));
            assertThat(shift.denominator()).isEqualTo(2.0);
            assertThat(shift.numerator()).isEqualTo(2.0);
        }
    }
}
