package io.shiptwin.streams.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.DroppedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ServiceTwinFunctionTest {
    private static final String PREFIX = "88.118.8001";
    private static final Identifier SHIP = ObjectKind.SHIP.identifier(PREFIX, "H1234");
    private static final Identifier OTHER = ObjectKind.SHIP.identifier(PREFIX, "H1235");
    private static final long T0 = 1_772_409_600_000L; // 2026-03-02T00:00:00Z, the delivery
    private static final long HOUR = 3_600_000L;
    private static final long YEAR = SurveyCycle.millisOfYears(1);
    private long offset;
    private int sequence;

    private static KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, ShipService> newHarness() throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ServiceTwinFunction(Duration.ofHours(6), SurveyCycle.IACS)),
                e -> e.event().assetId(), Types.STRING);
        h.setup();
        return h;
    }

    private EventHeader header(String id, Identifier ship, long t) {
        return new EventHeader(id, ship.toString(), ++sequence, t, "wenchong", "fleet", "ship");
    }

    private ShipDelivered delivered(Identifier ship, String id, long t) {
        return new ShipDelivered(header(id, ship, t), "ShipTwin Bulk Shipping", ClassSociety.CCS, 50_000);
    }

    private OperationalReport report(String id, long t, double distance, double fuel, double steaming, double speed) {
        return new OperationalReport(header(id, SHIP, t), 24, distance, fuel, steaming, speed);
    }

    private SurveyCompleted survey(String id, long t, SurveyKind kind, String code, boolean passed) {
        return new SurveyCompleted(header(id, SHIP, t), ObjectKind.CLASS_SURVEY.identifier(PREFIX, "H1234", code), kind,
                ClassSociety.CCS, passed);
    }

    private void send(KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, ShipService> h, BusinessEvent e) throws Exception {
        h.processElement(new IngestedEvent(e, null, "yard.events.raw", 0, offset++), e.eventTimeMillis());
    }

    private static ShipService last(KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, ShipService> h) {
        List<ShipService> out = h.extractOutputValues();
        return out.get(out.size() - 1);
    }

    private static List<Alert> alerts(KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, ShipService> h) {
        Queue<StreamRecord<Alert>> q = h.getSideOutput(ServiceTwinFunction.ALERTS);
        return q == null ? List.of() : q.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void reportsAccumulateIntoTheShipsTotalsAndRatios() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            send(h, report("r1", T0 + 24 * HOUR, 224, 16, 16, 14));
            send(h, report("r2", T0 + 48 * HOUR, 260, 20, 20, 13));
            send(h, report("r3", T0 + 72 * HOUR, 0, 0, 0, 0)); // a day in port

            ShipService s = last(h);
            assertThat(s.shipId()).isEqualTo(SHIP.toString());
            assertThat(s.deliveredAtMillis()).isEqualTo(T0);
            assertThat(s.reports()).isEqualTo(3);
            assertThat(s.reportedHours()).isEqualTo(72);
            assertThat(s.distanceNm()).isEqualTo(484);
            assertThat(s.fuelTonnes()).isEqualTo(36);
            assertThat(s.mainEngineHours()).isEqualTo(36);
            assertThat(s.hoursAtSea()).isCloseTo(16 + 20, within(1e-9));
            assertThat(s.meanSpeedKnots()).isCloseTo(484.0 / 36, within(1e-9));
            assertThat(s.fuelPerNm()).isCloseTo(36.0 / 484, within(1e-12));
            assertThat(s.fuelPerDayAtSea()).isCloseTo(24.0, within(1e-9));
            assertThat(s.lastReportAtMillis()).isEqualTo(T0 + 72 * HOUR);
            assertThat(s.version()).isEqualTo(4);
            assertThat(s.nextSurveyKind()).isEqualTo("ANNUAL");
            assertThat(s.nextSurveyNumber()).isEqualTo(1);
            assertThat(s.nextSurveyDueMillis()).isEqualTo(T0 + YEAR);
            assertThat(s.surveyOverdue()).isFalse();
        }
    }

    @Test
    void aCompletedSurveyMovesTheNextDueAndIsRecordedWithItsDueDate() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            send(h, survey("s1", T0 + YEAR, SurveyKind.ANNUAL, "A1", true));
            assertThat(last(h).nextSurveyKind()).isEqualTo("ANNUAL");
            assertThat(last(h).nextSurveyNumber()).isEqualTo(2);
            assertThat(last(h).nextSurveyDueMillis()).isEqualTo(T0 + SurveyCycle.millisOfYears(2));

            send(h, survey("s2", T0 + 2 * YEAR + HOUR, SurveyKind.ANNUAL, "A2", false));
            ShipService s = last(h);
            assertThat(s.nextSurveyKind()).isEqualTo("INTERMEDIATE");
            assertThat(s.nextSurveyDueMillis()).isEqualTo(T0 + SurveyCycle.millisOfYears(2.5));
            assertThat(s.surveysDone(SurveyKind.ANNUAL)).isEqualTo(2);
            assertThat(s.surveysFailedOpen()).isEqualTo(1);
            assertThat(s.lastSurveyId()).isEqualTo(PREFIX + "/SRV-H1234-A2");
            assertThat(s.lastSurveyPassed()).isFalse();

            // The intermediate survey passes: it covers the failed annual one.
            send(h, survey("s3", T0 + SurveyCycle.millisOfYears(2.5), SurveyKind.INTERMEDIATE, "I1", true));
            assertThat(last(h).surveysFailedOpen()).isZero();
            assertThat(last(h).nextSurveyKind()).isEqualTo("ANNUAL");
            assertThat(last(h).nextSurveyNumber()).isEqualTo(3);

            List<ShipSurvey> surveys = h.getSideOutput(ServiceTwinFunction.SURVEYS).stream().map(StreamRecord::getValue).toList();
            assertThat(surveys).extracting(ShipSurvey::surveyId).containsExactly(PREFIX + "/SRV-H1234-A1",
                    PREFIX + "/SRV-H1234-A2", PREFIX + "/SRV-H1234-I1");
            assertThat(surveys).extracting(ShipSurvey::number).containsExactly(1, 2, 1);
            assertThat(surveys).extracting(ShipSurvey::dueAtMillis).containsExactly(T0 + YEAR, T0 + SurveyCycle.millisOfYears(2),
                    T0 + SurveyCycle.millisOfYears(2.5));
            assertThat(surveys.get(1).passed()).isFalse();
            assertThat(alerts(h)).isEmpty();
        }
    }

    @Test
    void aSurveyPastItsDueDateRaisesAnAlertFromTheWatermarkAndItsCompletionClearsIt() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            h.processWatermark(T0 + YEAR - 1);
            assertThat(alerts(h)).as("not yet due").isEmpty();

            h.processWatermark(T0 + YEAR + 10 * HOUR);
            assertThat(alerts(h)).singleElement().satisfies(a -> {
                assertThat(a.alertId()).isEqualTo(SHIP + "/survey-overdue/ANNUAL-1");
                assertThat(a.ruleId()).isEqualTo(ServiceTwinFunction.SURVEY_OVERDUE);
                assertThat(a.status()).isEqualTo(Alert.OPEN);
                assertThat(a.assetId()).isEqualTo(SHIP.toString());
                assertThat(a.openedAtMillis()).isEqualTo(T0 + YEAR);
                assertThat(a.message()).contains("annual survey 1").contains("2027-03-02");
            });
            assertThat(last(h).surveyOverdue()).isTrue();
            h.processWatermark(T0 + YEAR + 20 * HOUR);
            assertThat(alerts(h)).as("one alert per overdue survey").hasSize(1);

            send(h, survey("s1", T0 + YEAR + 30 * HOUR, SurveyKind.ANNUAL, "A1", true));
            assertThat(alerts(h)).hasSize(2);
            Alert cleared = alerts(h).get(1);
            assertThat(cleared.alertId()).isEqualTo(SHIP + "/survey-overdue/ANNUAL-1");
            assertThat(cleared.status()).isEqualTo(Alert.CLEARED);
            assertThat(cleared.clearingEventId()).isEqualTo("s1");
            assertThat(last(h).surveyOverdue()).isFalse();
            assertThat(last(h).nextSurveyDueMillis()).isEqualTo(T0 + SurveyCycle.millisOfYears(2));

            // The timer of the old due is gone; the next one fires at its own date only.
            h.processWatermark(T0 + SurveyCycle.millisOfYears(2) - 1);
            assertThat(alerts(h)).hasSize(2);
            h.processWatermark(T0 + SurveyCycle.millisOfYears(2));
            assertThat(alerts(h)).hasSize(3).last().extracting(Alert::alertId).isEqualTo(SHIP + "/survey-overdue/ANNUAL-2");
        }
    }

    @Test
    void aSurveyDoneOnTimeRaisesNoAlert() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            send(h, survey("s1", T0 + YEAR, SurveyKind.ANNUAL, "A1", true));
            h.processWatermark(T0 + YEAR + 30 * 24 * HOUR);
            assertThat(alerts(h)).isEmpty();
        }
    }

    @Test
    void duplicatesDoNotCountTwiceAndLeaveAsDroppedEvents() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            OperationalReport r = report("r1", T0 + 24 * HOUR, 224, 16, 16, 14);
            send(h, r);
            send(h, r);
            SurveyCompleted s = survey("s1", T0 + YEAR, SurveyKind.ANNUAL, "A1", true);
            send(h, s);
            send(h, s);

            ShipService t = last(h);
            assertThat(t.reports()).isEqualTo(1);
            assertThat(t.distanceNm()).isEqualTo(224);
            assertThat(t.surveysDone(SurveyKind.ANNUAL)).isEqualTo(1);
            assertThat(t.version()).isEqualTo(3);
            assertThat(h.getSideOutput(ServiceTwinFunction.DUPLICATES)).extracting(StreamRecord::getValue)
                    .extracting(DroppedEvent::eventId).containsExactly("r1", "s1");
        }
    }

    @Test
    void theStartOfOperationDatesTheDeliveryWhenTheDeliveryEventIsMissingAndShipsStayApart() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, new StageStarted(header("op", OTHER, T0 + HOUR), LifecycleStage.IN_OPERATION,
                    ObjectKind.WORK_CENTRE.identifier(PREFIX, "FLEET")));
            send(h, delivered(SHIP, "d", T0));
            send(h, report("r1", T0 + 24 * HOUR, 224, 16, 16, 14));

            List<ShipService> out = h.extractOutputValues();
            ShipService other = out.stream().filter(s -> s.shipId().equals(OTHER.toString())).reduce((a, b) -> b).orElseThrow();
            assertThat(other.deliveredAtMillis()).isEqualTo(T0 + HOUR);
            assertThat(other.reports()).isZero();
            assertThat(other.nextSurveyDueMillis()).isEqualTo(T0 + HOUR + YEAR);
            assertThat(last(h).shipId()).isEqualTo(SHIP.toString());
            assertThat(last(h).reports()).isEqualTo(1);
        }
    }

    @Test
    void theFunctionAndItsClassRuleTravelToTheTaskManagers() throws Exception {
        ServiceTwinFunction f = new ServiceTwinFunction(Duration.ofHours(6), new SurveyCycle(1, 2.5, 5));
        byte[] bytes = org.apache.flink.util.InstantiationUtil.serializeObject(f);
        assertThat((Object) org.apache.flink.util.InstantiationUtil.deserializeObject(bytes, getClass().getClassLoader()))
                .isInstanceOf(ServiceTwinFunction.class);
    }

    @Test
    void onlyDeliveryOperationAndSurveyEventsOfShipsConcernTheServiceTwin() {
        assertThat(ServiceTwinFunction.concerns(report("r", T0, 1, 1, 1, 1))).isTrue();
        assertThat(ServiceTwinFunction.concerns(delivered(SHIP, "d", T0))).isTrue();
        Identifier block = ObjectKind.BLOCK.identifier(PREFIX, "H1234", "B101");
        assertThat(ServiceTwinFunction.concerns(new StageStarted(header("b", block, T0), LifecycleStage.IN_OPERATION,
                ObjectKind.WORK_CENTRE.identifier(PREFIX, "FLEET")))).isFalse();
        assertThat(ServiceTwinFunction.concerns(new StageStarted(header("s", SHIP, T0), LifecycleStage.SEA_TRIALS,
                ObjectKind.WORK_CENTRE.identifier(PREFIX, "FLEET")))).isFalse();
    }

    @Test
    void stateAndTheOverdueTimerSurviveASnapshotAndRestore() throws Exception {
        OperatorSubtaskState snapshot;
        OperationalReport r1 = report("r1", T0 + 24 * HOUR, 224, 16, 16, 14);
        try (var h = newHarness()) {
            h.open();
            send(h, delivered(SHIP, "d", T0));
            send(h, r1);
            snapshot = h.snapshot(1, 1);
        }
        try (var h = newHarness()) {
            h.initializeState(snapshot);
            h.open();
            send(h, r1); // replayed: seen before the snapshot
            send(h, report("r2", T0 + 48 * HOUR, 100, 8, 8, 12.5));
            assertThat(last(h).reports()).isEqualTo(2);
            assertThat(last(h).distanceNm()).isEqualTo(324);
            h.processWatermark(T0 + YEAR);
            assertThat(alerts(h)).singleElement().extracting(Alert::alertId).isEqualTo(SHIP + "/survey-overdue/ANNUAL-1");
        }
    }

    @Test
    void aQuietShipForgetsItsSeenIdsOnProcessingTimeAndKeepsItsSurveyTimerOnEventTime() throws Exception {
        long retention = Duration.ofHours(6).toMillis();
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);
            send(h, delivered(SHIP, "d", T0));
            assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            int withIds = h.numKeyedStateEntries();

            h.setProcessingTime(2 * retention);
            assertThat(h.numKeyedStateEntries()).as("the ship's twin stays, its seen ids go").isPositive().isLessThan(withIds);
            assertThat(h.numProcessingTimeTimers()).isZero();
            assertThat(alerts(h)).as("the processing-time timer is not a survey").isEmpty();

            h.processWatermark(T0 + YEAR + 10 * HOUR);
            assertThat(alerts(h)).extracting(Alert::ruleId).containsExactly(ServiceTwinFunction.SURVEY_OVERDUE);
        }
    }
}
