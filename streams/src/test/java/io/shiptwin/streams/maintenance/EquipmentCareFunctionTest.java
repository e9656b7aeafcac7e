package io.shiptwin.streams.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.model.yard.Severity;
import io.shiptwin.model.yard.WorkOrderKind;
import io.shiptwin.streams.health.Alert;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EquipmentCareFunctionTest {
    private static final String CRANE = "88.118.8001/EQ-GC-01";
    private static final String PUMP = "88.118.8001/EQ-DOCK-1-P1";
    /** 2026-03-02T00:00Z, a Monday: shifts at 06:00 and 14:00. */
    private static final long MONDAY = 1_772_409_600_000L;
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    /** A small detector: 10 warm-up samples, open at 5 sigma of the EWMA and 0.3 mm/s, clear under 2. */
    private static final DriftRule RULE = new DriftRule("pump-drift", "pump", "vibration_mm_s", "flow_m3_h", 1, 7.1, 0.2, 10,
            5, 2, 0.3, 0.05, 4, "vibration drifting up");

    private CareHarness care;
    private long sequence;

    @BeforeEach
    void open() throws Exception {
        care = new CareHarness(new EquipmentCareFunction(ActivityRule.defaults(), List.of(RULE), ShiftCalendar.defaults()));
    }

    @AfterEach
    void close() throws Exception {
        care.close();
    }

    private void crane(long t, double loadTonnes) throws Exception {
        care.reading(new TelemetryReading("c" + (++sequence), CRANE, sequence, t, "wenchong", "dock-1", "crane",
                new String[] {"load_t", "hoist_speed_m_min"}, new double[] {loadTonnes, 0}));
    }

    private void pump(long t, double vibration) throws Exception {
        care.reading(new TelemetryReading("p" + (++sequence), PUMP, sequence, t, "wenchong", "dock-1", "pump",
                new String[] {"flow_m3_h", "vibration_mm_s"}, new double[] {2400, vibration}));
    }

    private EventHeader header(String subject, long t, String type) {
        return new EventHeader("e" + (++sequence), subject, sequence, t, "wenchong", "dock-1", type);
    }

    @Test
    void anOeeShiftCountsWorkingIdleAndDownHoursFromReadingsAndFaultEvents() throws Exception {
        long shift = MONDAY + 6 * HOUR;
        for (long t = shift; t < shift + 8 * HOUR; t += MINUTE) {
            if (t == shift + 12 * HOUR - 6 * HOUR) {
                care.event(new EquipmentFaulted(header(CRANE, t, "crane"), "brake", Severity.MAJOR));
            }
            if (t == shift + 7 * HOUR) {
                care.event(new EquipmentRepaired(header(CRANE, t, "crane"), Identifier.parse("88.118.8001/WO-GC-01-1"), 1));
            }
            crane(t, t < shift + 4 * HOUR ? 240 : 0); // lifts 06-10, then idle; down 12-13
        }
        crane(shift + 8 * HOUR, 0); // the next shift's first reading closes this one

        assertThat(care.shifts()).hasSize(1);
        ShiftRecord s = care.shifts().get(0);
        assertThat(s.assetId()).isEqualTo(CRANE);
        assertThat(s.shiftStartMillis()).isEqualTo(shift);
        assertThat(s.shiftEndMillis()).isEqualTo(shift + 8 * HOUR);
        assertThat(s.coveredHours()).isCloseTo(8, within(1e-9));
        assertThat(s.workingHours()).isCloseTo(4, within(1e-9));
        assertThat(s.downHours()).isCloseTo(1, within(1e-9));
        assertThat(s.idleHours()).isCloseTo(3, within(1e-9));
        assertThat(s.samples()).isEqualTo(480);
        assertThat(s.availability()).isCloseTo(7.0 / 8, within(1e-9));
        assertThat(s.performance()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(s.quality()).isEqualTo(1.0);
        assertThat(s.oee()).isCloseTo(0.5, within(1e-9));
        assertThat(s.utilisation()).isCloseTo(0.5, within(1e-9));

        assertThat(care.conditions()).extracting(EquipmentCondition::status)
                .containsSubsequence("WORKING", "IDLE", "DOWN", "IDLE");
    }

    @Test
    void aSilentMachinesShiftClosesWhenTheWatermarkPassesItsEnd() throws Exception {
        long shift = MONDAY + 14 * HOUR;
        for (long t = shift; t <= shift + HOUR; t += MINUTE) {
            crane(t, 100);
        }
        care.watermark(shift + 8 * HOUR - 1);
        assertThat(care.shifts()).isEmpty();

        care.watermark(shift + 8 * HOUR + EquipmentCareFunction.MAX_GAP_MILLIS);

        assertThat(care.shifts()).singleElement().satisfies(s -> {
            assertThat(s.workingHours()).isCloseTo(1 + 15.0 / 60, within(1e-9)); // the last reading holds for 15 min
            assertThat(s.coveredHours()).isEqualTo(s.workingHours());
        });
    }

    @Test
    void readingsOutsideEveryShiftCountInNoShift() throws Exception {
        long sunday = MONDAY + 6 * 24 * HOUR + 8 * HOUR;
        for (long t = sunday; t < sunday + 2 * HOUR; t += MINUTE) {
            crane(t, 100);
        }
        crane(MONDAY + 7 * 24 * HOUR + 6 * HOUR, 0);
        care.watermark(Long.MAX_VALUE);

        // Only Monday's first shift: its one reading holds for 15 minutes; Sunday's two hours count nowhere.
        assertThat(care.shifts()).singleElement().satisfies(s -> {
            assertThat(s.shiftStartMillis()).isEqualTo(MONDAY + 7 * 24 * HOUR + 6 * HOUR);
            assertThat(s.coveredHours()).isCloseTo(0.25, within(1e-9));
            assertThat(s.workingHours()).isZero();
        });
    }

    @Test
    void theDetectorLearnsDuringWarmUpAndOpensOneEpisodeThatClearsAfterRecovery() throws Exception {
        long t = MONDAY;
        for (int i = 0; i < 10; i++) {
            pump(t += MINUTE, i % 2 == 0 ? 1.7 : 1.9); // warm-up: mean 1.8, sd ~0.105
        }
        pump(t += MINUTE, 9.0); // one spike right after warm-up moves the EWMA, but one reading is not a trend...
        assertThat(care.alerts()).hasSize(1); // ...unless it is this large: 0.2 x 7.2 = 1.44 over the mean
        care = reopen();
        t = MONDAY;
        for (int i = 0; i < 10; i++) {
            pump(t += MINUTE, i % 2 == 0 ? 1.7 : 1.9);
        }
        for (int i = 0; i < 10; i++) {
            pump(t += MINUTE, 1.8 + 0.02 * i); // a slow rise stays under both thresholds
        }
        assertThat(care.alerts()).isEmpty();
        for (int i = 0; i < 40; i++) {
            pump(t += MINUTE, 2.0 + 0.05 * i); // the wear shows
        }
        assertThat(care.alerts()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Alert.OPEN);
            assertThat(a.ruleId()).isEqualTo("pump-drift");
            assertThat(a.limit()).isEqualTo(7.1);
            assertThat(a.rulHours()).isPositive().isFinite();
        });
        for (int i = 0; i < 40; i++) {
            pump(t += MINUTE, 1.8); // new bearing
        }
        assertThat(care.alerts()).hasSize(2);
        assertThat(care.alerts().get(1).status()).isEqualTo(Alert.CLEARED);
        assertThat(care.alerts().get(1).alertId()).isEqualTo(care.alerts().get(0).alertId());
    }

    private CareHarness reopen() throws Exception {
        care.close();
        sequence = 0;
        return new CareHarness(new EquipmentCareFunction(ActivityRule.defaults(), List.of(RULE), ShiftCalendar.defaults()));
    }

    @Test
    void readingsOfAStoppedPumpDoNotFeedTheDetector() throws Exception {
        long t = MONDAY;
        for (int i = 0; i < 30; i++) {
            care.reading(new TelemetryReading("s" + i, PUMP, i + 1, t += MINUTE, "wenchong", "dock-1", "pump",
                    new String[] {"flow_m3_h", "vibration_mm_s"}, new double[] {0, i < 10 ? 0.2 : 5.0}));
        }
        assertThat(care.alerts()).isEmpty();
    }

    @Test
    void aDriftAlertOpensOneWorkOrderThatAWorkOrderClosedEventCloses() throws Exception {
        long t = drift(MONDAY);
        for (int i = 0; i < 30; i++) {
            pump(t += MINUTE, 6.0); // still drifting: no second order
        }
        assertThat(care.workOrders()).singleElement().satisfies(w -> {
            assertThat(w.workOrderId()).isEqualTo("88.118.8001/WO-DOCK-1-P1-D1");
            assertThat(w.status()).isEqualTo(WorkOrder.OPEN);
            assertThat(w.assetId()).isEqualTo(PUMP);
            assertThat(w.reasonAlertId()).isEqualTo(care.alerts().get(0).alertId());
            assertThat(w.rulHours()).isEqualTo(care.alerts().get(0).rulHours());
        });
        Identifier order = Identifier.parse("88.118.8001/WO-DOCK-1-P1-D1");
        care.event(new WorkOrderClosed(header(order.toString(), t + HOUR, "work-order"), 3, 2));

        assertThat(care.workOrders()).hasSize(2);
        WorkOrder closed = care.workOrders().get(1);
        assertThat(closed.status()).isEqualTo(WorkOrder.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("work-order-closed");
        assertThat(closed.closedAtMillis()).isEqualTo(t + HOUR);
        assertThat(closed.openedAtMillis()).isEqualTo(care.workOrders().get(0).openedAtMillis());
    }

    @Test
    void aRepairClosesTheOpenWorkOrderAndTheNextEpisodeOpensANewOne() throws Exception {
        long t = drift(MONDAY);
        care.event(new EquipmentRepaired(header(PUMP, t + MINUTE, "pump"), Identifier.parse("88.118.8001/WO-DOCK-1-P1-1"), 4));
        t += MINUTE;
        for (int i = 0; i < 60; i++) {
            pump(t += MINUTE, 1.8);
        }
        t = driftFrom(t);

        assertThat(care.workOrders()).extracting(WorkOrder::workOrderId, WorkOrder::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("88.118.8001/WO-DOCK-1-P1-D1", WorkOrder.OPEN),
                org.assertj.core.groups.Tuple.tuple("88.118.8001/WO-DOCK-1-P1-D1", WorkOrder.CLOSED),
                org.assertj.core.groups.Tuple.tuple("88.118.8001/WO-DOCK-1-P1-D2", WorkOrder.OPEN));
        assertThat(care.workOrders().get(1).closedBy()).isEqualTo("equipment-repaired");
    }

    @Test
    void aRepairThatArrivesAheadOfTheTelemetryWaitsForTheWatermarkAndClosesTheOrderTheReadingsOpened() throws Exception {
        // Replayed as fast as possible, the events topic runs ahead: the repair at 10:00 comes before the readings.
        care.waiting(new EquipmentRepaired(header(PUMP, MONDAY + 10 * HOUR, "pump"), Identifier.parse("88.118.8001/WO-DOCK-1-P1-1"), 2));
        long t = drift(MONDAY);
        assertThat(care.workOrders()).extracting(WorkOrder::status).containsExactly(WorkOrder.OPEN);

        care.watermark(MONDAY + 10 * HOUR);

        assertThat(care.workOrders()).extracting(WorkOrder::status).containsExactly(WorkOrder.OPEN, WorkOrder.CLOSED);
        assertThat(care.workOrders().get(1).closedAtMillis()).isEqualTo(MONDAY + 10 * HOUR);
        assertThat(t).isLessThan(MONDAY + 10 * HOUR);
    }

    @Test
    void aMaintenanceWorkOrderOfTheYardPutsTheMachineInMaintenanceUntilItCloses() throws Exception {
        Identifier order = Identifier.parse("88.118.8001/WO-GC-01-P7");
        crane(MONDAY + 7 * HOUR, 0);
        care.event(new WorkOrderOpened(header(order.toString(), MONDAY + 8 * HOUR, "work-order"),
                WorkOrderKind.PREVENTIVE_MAINTENANCE, Identifier.parse(CRANE), 4));
        crane(MONDAY + 8 * HOUR + MINUTE, 0);
        assertThat(care.conditions().get(care.conditions().size() - 1).status()).isEqualTo("MAINTENANCE");

        care.event(new WorkOrderClosed(header(order.toString(), MONDAY + 12 * HOUR, "work-order"), 4, 4));

        EquipmentCondition last = care.conditions().get(care.conditions().size() - 1);
        assertThat(last.status()).isEqualTo("IDLE");
        assertThat(last.statusSinceMillis()).isEqualTo(MONDAY + 12 * HOUR);
    }

    /** Warm-up at 1.8 mm/s then a rise until the alert opens; returns the last reading's time. */
    private long drift(long t) throws Exception {
        for (int i = 0; i < 10; i++) {
            pump(t += MINUTE, i % 2 == 0 ? 1.7 : 1.9);
        }
        return driftFrom(t);
    }

    private long driftFrom(long t) throws Exception {
        int before = care.alerts().size();
        for (int i = 0; i < 60 && care.alerts().size() == before; i++) {
            pump(t += MINUTE, 2.0 + 0.05 * i);
        }
        assertThat(care.alerts()).hasSize(before + 1);
        return t;
    }
}
