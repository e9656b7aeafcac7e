package io.shiptwin.streams.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.streams.health.Alert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 5 for the drift detector: the shipped scenario with an injected dock pump bearing
 * degradation, streamed by the feed (telemetry and business events in the order they are published) through the
 * equipment care operator, raises a drift alert and opens a work order before the simulated failure, which the repair
 * closes; the same pump on the same duty with a healthy bearing raises none.
 */
class PumpBearingScenarioTest {
    private static final String WORN_PUMP = "88.118.8001/EQ-DOCK-1-P1";
    private static final double DAYS = 11;

    record Run(List<Alert> alerts, List<WorkOrder> orders, List<EquipmentCondition> conditions, List<ShiftRecord> shifts,
               List<EquipmentFaulted> faults, long simStart) {
    }

    /** Streams the scenario's pump telemetry and its equipment events through the care function. */
    static Run stream(ScenarioFeed feed) throws Exception {
        List<EquipmentFaulted> faults = new java.util.ArrayList<>();
        try (CareHarness care = new CareHarness(EquipmentCareFunction.defaults())) {
            while (feed.hasNext()) {
                FeedMessage m = feed.next();
                if (m.event() instanceof TelemetryReading r) {
                    if (r.assetType().equals("pump")) {
                        care.reading(r);
                    }
                } else if (m.event() instanceof BusinessEvent e) {
                    care.event(e);
                    if (e instanceof EquipmentFaulted f) {
                        faults.add(f);
                    }
                }
            }
            care.watermark(Long.MAX_VALUE);
            return new Run(care.alerts(), care.workOrders(), care.conditions(), care.shifts(), faults,
                    FeedOptions.defaults(42).simStart().toEpochMilli());
        }
    }

    @Test
    void theWornBearingRaisesADriftAlertAndAWorkOrderBeforeItFailsAndTheRepairClosesIt() throws Exception {
        Run run = stream(ScenarioFeed.open("dock-pump-bearing-wear", FeedOptions.defaults(42).withSimDays(DAYS)));

        EquipmentFaulted failure = run.faults().stream().filter(f -> f.assetId().equals(WORN_PUMP)).findFirst().orElseThrow();
        assertThat(failure.eventTimeMillis()).isEqualTo(run.simStart() + SimTime.days(9));
        assertThat(failure.faultMode()).isEqualTo("bearing");

        List<Alert> opened = run.alerts().stream().filter(a -> a.status().equals(Alert.OPEN)).toList();
        assertThat(opened).hasSize(1);
        Alert alert = opened.get(0);
        assertThat(alert.assetId()).isEqualTo(WORN_PUMP);
        assertThat(alert.ruleId()).isEqualTo("pump-bearing-vibration-drift");
        assertThat(alert.openedAtMillis()).isLessThan(failure.eventTimeMillis())
                .isGreaterThan(failure.eventTimeMillis() - SimTime.hours(72)); // not before the wear starts to show
        assertThat(alert.rulHours()).isPositive().isFinite();

        assertThat(run.orders()).extracting(WorkOrder::status).containsExactly(WorkOrder.OPEN, WorkOrder.CLOSED);
        WorkOrder order = run.orders().get(0);
        assertThat(order.workOrderId()).isEqualTo("88.118.8001/WO-DOCK-1-P1-D1");
        assertThat(order.reasonAlertId()).isEqualTo(alert.alertId());
        assertThat(order.openedAtMillis()).isLessThan(failure.eventTimeMillis());
        WorkOrder closed = run.orders().get(1);
        assertThat(closed.closedBy()).isEqualTo("equipment-repaired");
        assertThat(closed.closedAtMillis()).isEqualTo(failure.eventTimeMillis() + SimTime.hours(8));

        // The new bearing brings the vibration back: the episode clears after the repair.
        Alert cleared = run.alerts().stream().filter(a -> a.status().equals(Alert.CLEARED)).findFirst().orElseThrow();
        assertThat(cleared.alertId()).isEqualTo(alert.alertId());
        assertThat(cleared.clearedAtMillis()).isGreaterThan(closed.closedAtMillis());

        // The twin row follows: DOWN at the failure, RUL while the episode is open.
        assertThat(run.conditions()).filteredOn(c -> c.assetId().equals(WORN_PUMP) && "DOWN".equals(c.status()))
                .first().extracting(EquipmentCondition::statusSinceMillis).isEqualTo(failure.eventTimeMillis());
        assertThat(run.conditions()).filteredOn(c -> c.assetId().equals(WORN_PUMP) && c.driftChannel() != null)
                .isNotEmpty().allSatisfy(c -> assertThat(c.driftChannel()).isEqualTo("vibration_mm_s"));
        // RUL (to 7.1 mm/s, which the wear reaches about 17 h before the breakdown) shrinks as the trend steepens.
        List<Double> ruls = run.conditions().stream().filter(c -> c.assetId().equals(WORN_PUMP) && c.driftChannel() != null
                && c.eventTimeMillis() < failure.eventTimeMillis()).map(EquipmentCondition::rulHours).toList();
        assertThat(ruls.get(ruls.size() - 1)).isLessThan(ruls.get(0) / 10);
        // Back on duty with a new bearing: working, and no drift on the twin row any more.
        EquipmentCondition last = run.conditions().stream().filter(c -> c.assetId().equals(WORN_PUMP))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.status()).isEqualTo("WORKING");
        assertThat(last.driftChannel()).isNull();
        assertThat(last.rulHours()).isNaN();
        // Its shifts: worked on duty, and the shift of the failure lost availability.
        assertThat(run.shifts()).filteredOn(s -> s.assetId().equals(WORN_PUMP)).isNotEmpty()
                .anySatisfy(s -> assertThat(s.downHours()).isPositive())
                .anySatisfy(s -> assertThat(s.oee()).isGreaterThan(0.99));
    }

    @Test
    void theSamePumpOnTheSameDutyWithAHealthyBearingRaisesNoDriftAlert(@TempDir Path dir) throws Exception {
        Path healthy = dir.resolve("healthy-pump.yaml");
        Files.writeString(healthy, """
                extends: dock-pump-bearing-wear
                perturbations:
                  pumpBearingWear:
                    - {dock: dock-1, pump: 1, fromDay: 0, failureDay: 0, dutyLoad: 0.8}
                """);
        Run run = stream(ScenarioFeed.open(ScenarioLoader.load(healthy), FeedOptions.defaults(42).withSimDays(DAYS)));

        assertThat(run.alerts()).isEmpty();
        assertThat(run.orders()).isEmpty();
        assertThat(run.faults()).noneMatch(f -> f.assetId().equals(WORN_PUMP));
        // The detector did watch the pump: it ran on duty every shift.
        assertThat(run.shifts()).filteredOn(s -> s.assetId().equals(WORN_PUMP)).hasSizeGreaterThan(10)
                .allSatisfy(s -> assertThat(s.utilisation()).isGreaterThan(0.9));
    }

    @Test
    void theBaselineRunRaisesNoDriftAlert() throws Exception {
        Run run = stream(ScenarioFeed.open("baseline", FeedOptions.defaults(42).withSimDays(DAYS)));

        assertThat(run.alerts()).isEmpty();
        assertThat(run.orders()).isEmpty();
        assertThat(run.shifts()).as("its pumps reported through the shifts").isNotEmpty();
    }
}
