package io.shiptwin.sim.yard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Climate;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SupportTest {
    private final Scenario baseline = ScenarioLoader.load("baseline");
    private final Climate climate = baseline.climate();

    @Test
    void coatingIsNotAllowedAboveEightyFivePercentHumidity() {
        assertThat(Weather.coatingAllowed(20, 86, 30, climate)).isFalse();
    }

    @Test
    void coatingIsNotAllowedWhenSteelIsWithinThreeDegreesOfTheDewPoint() {
        double dew = Weather.dewPoint(20, 60);
        assertThat(dew).isCloseTo(12.0, within(0.1));
        assertThat(Weather.coatingAllowed(20, 60, dew + 2.9, climate)).isFalse();
        assertThat(Weather.coatingAllowed(20, 60, dew + 3.1, climate)).isTrue();
    }

    @Test
    void workStopsOutsideTheShiftWindow() {
        WorkingTime calendar = new WorkingTime(new Scenario.WorkCalendar(2, 8, 6, 6));
        long mondayNoon = SimTime.hours(12);
        assertThat(SimTime.toHours(calendar.finish(mondayNoon, 10))).isEqualTo(22);
        assertThat(SimTime.toHours(calendar.finish(mondayNoon, 12))).isEqualTo(24 + 6 + 2);
        long saturdayNoon = SimTime.hours(5 * 24 + 12);
        assertThat(SimTime.toHours(calendar.finish(saturdayNoon, 12))).as("Sunday is off").isEqualTo(7 * 24 + 6 + 2);
        assertThat(calendar.workingHoursBetween(0, SimTime.days(7))).isEqualTo(6 * 16);
    }

    @Test
    void aHullHasItsDesignsBlocksWeightAndGrandBlocksUnderTheLimit() {
        Hull h = OrderBook.hull("H1001", baseline.designs().get(0), 0, SimTime.days(240), new SplittableRandom(1));
        assertThat(h.blocks()).hasSize(180);
        assertThat(h.blocks().stream().mapToDouble(Hull.Block::weightTonnes).sum()).isCloseTo(10_000, within(1e-6));
        assertThat(h.grandBlocks()).allSatisfy(g -> assertThat(g.weightTonnes() <= 450 || g.blocks().size() == 1).isTrue());
        assertThat(h.grandBlocks().stream().mapToInt(g -> g.blocks().size()).sum()).isEqualTo(180);
        assertThat(h.blocks().get(0).zone()).isEqualTo("bottom");
        assertThat(h.blocks().get(179).zone()).isEqualTo("superstructure");
    }
}
