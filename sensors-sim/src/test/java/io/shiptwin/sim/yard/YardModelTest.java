package io.shiptwin.sim.yard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.sim.yard.GroundTruth.StageRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class YardModelTest {

    private static Scenario teaching(String overrides) {
        return ScenarioLoader.parse("extends: teaching\n" + overrides, "teaching-variant");
    }

    private static List<StageRecord> stages(YardRun run, Stage stage, String entityPrefix) {
        return run.truth().stages().stream().filter(s -> s.stage().equals(stage) && s.entity().startsWith(entityPrefix)).toList();
    }

    @Test
    void everyShipOfTheTeachingYardIsDeliveredInOrderOfItsStages() {
        YardRun run = YardModel.run(ScenarioLoader.load("teaching"));
        assertThat(run.shipsDelivered()).isEqualTo(2);
        for (YardRun.ShipOutcome s : run.ships()) {
            assertThat(s.startDay()).isLessThan(s.dockInDay());
            assertThat(s.dockInDay()).isLessThan(s.launchDay());
            assertThat(s.launchDay()).isLessThan(s.deliveryDay());
        }
        assertThat(run.blocksErected()).isEqualTo(24);
        assertThat(run.tonnesErected()).isCloseTo(1200, within(1e-6));
    }

    @Test
    void sameScenarioAndSeedGiveTheSameHistory() {
        Scenario s = ScenarioLoader.load("teaching");
        YardRun a = YardModel.run(s);
        YardRun b = YardModel.run(s);
        assertThat(a.groundTruthHash()).isEqualTo(b.groundTruthHash());
        assertThat(a.eventLogHash()).isEqualTo(b.eventLogHash());
        assertThat(a.truth().stages()).isEqualTo(b.truth().stages());
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        YardRun a = YardModel.run(teaching("seed: 1\n"));
        YardRun b = YardModel.run(teaching("seed: 2\n"));
        assertThat(a.groundTruthHash()).isNotEqualTo(b.groundTruthHash());
    }

    @Test
    void littlesLawHoldsForBlocksInTheYard() {
        YardRun run = YardModel.run(ScenarioLoader.load("baseline"));
        double lambdaPerHour = run.blocksErected() / (run.simulatedDays() * 24);
        assertThat(run.meanBlocksInProcess()).isCloseTo(lambdaPerHour * run.meanBlockLeadHours(), within(run.meanBlocksInProcess() * 0.01));
    }

    @Test
    void erectionWaitsForCraneWhenWindExceedsLimit() {
        YardRun run = YardModel.run(teaching("perturbations: {climateSeasons: [{name: typhoon, fromDay: 0, toDay: 120, windOffsetMs: 40}]}\n"));
        List<StageRecord> lifts = stages(run, Stage.ERECTION, "GBK-");
        assertThat(lifts).isNotEmpty();
        assertThat(lifts).allSatisfy(l -> assertThat(l.start()).isGreaterThanOrEqualTo(SimTime.days(120)));
    }

    @Test
    void paintingWaitsWhileBoothHumidityIsOutOfSpec() {
        YardRun run = YardModel.run(teaching("perturbations: {climateSeasons: [{name: monsoon, fromDay: 0, toDay: 100, humidityOffsetPct: 120}]}\n"));
        List<StageRecord> coats = stages(run, Stage.COAT, "BLK-");
        assertThat(coats).isNotEmpty();
        assertThat(coats).allSatisfy(c -> assertThat(c.start()).isGreaterThanOrEqualTo(SimTime.days(100)));
    }

    @Test
    void defectiveBlocksAreReworkedAndCountedAsRework() {
        YardRun clean = YardModel.run(teaching("quality: {blockDefectProbability: 0, coatingDefectProbability: 0,"
                + " coatingDefectProbabilityOutOfSpec: 0, designRevisionsPerShip: 0}\n"));
        YardRun defective = YardModel.run(teaching("quality: {blockDefectProbability: 0.5}\n"));
        assertThat(clean.reworkRate()).isZero();
        assertThat(defective.reworkRate()).isGreaterThan(0.005);
        assertThat(stages(defective, Stage.REWORK, "BLK-")).isNotEmpty();
        assertThat(defective.truth().incidents()).anyMatch(i -> i.kind().equals("non-conformance"));
    }

    @Test
    void designRevisionsSendAssembledBlocksBackForRework() {
        YardRun none = YardModel.run(teaching("quality: {designRevisionsPerShip: 0, blockDefectProbability: 0, coatingDefectProbability: 0}\n"));
        YardRun revised = YardModel.run(teaching("quality: {designRevisionsPerShip: 6, revisionAffectedBlockShare: 1,"
                + " blockDefectProbability: 0, coatingDefectProbability: 0}\n"));
        assertThat(none.truth().incidents()).noneMatch(i -> i.kind().equals("design-revision"));
        assertThat(revised.truth().incidents()).anyMatch(i -> i.kind().equals("design-revision"));
        assertThat(stages(revised, Stage.REWORK, "BLK-")).isNotEmpty();
        assertThat(revised.reworkRate()).isGreaterThan(none.reworkRate());
    }

    @Test
    void lateSteelDelaysTheShips() {
        YardRun base = YardModel.run(ScenarioLoader.load("teaching"));
        YardRun late = YardModel.run(teaching("perturbations: {supplierDelays: [{supplier: north-mill, fromDay: 0, toDay: 400, extraDays: 40},"
                + " {supplier: coastal-mill, fromDay: 0, toDay: 400, extraDays: 40}]}\n"));
        assertThat(late.ships().get(0).deliveryDay()).isGreaterThan(base.ships().get(0).deliveryDay() + 30);
    }

    @Test
    void equipmentFailsAndIsRepaired() {
        YardRun run = YardModel.run(teaching("yard:\n  cranes: [{name: GC-01, dock: dock-1, capacityTonnes: 300, mtbfHours: 100, mttrHours: 10}]\n"));
        assertThat(run.truth().incidents()).anyMatch(i -> i.kind().equals("failure") && i.entity().equals("EQ-dock-1/cranes"));
        assertThat(run.truth().incidents()).anyMatch(i -> i.kind().equals("repaired"));
    }

    @Test
    void cranesStopForPlannedMaintenance() {
        YardRun run = YardModel.run(teaching("yard:\n  cranes: [{name: GC-01, dock: dock-1, capacityTonnes: 300,"
                + " maintenanceIntervalHours: 200, maintenanceHours: 6}]\n"));
        List<StageRecord> pm = stages(run, Stage.MAINTENANCE, "EQ-dock-1/cranes");
        assertThat(pm).hasSizeGreaterThan(10);
        assertThat(pm).allSatisfy(m -> assertThat(m.finish() - m.start()).isEqualTo(SimTime.hours(6)));
    }

    @Test
    void theNetworkProfileChangesWhatIsReceivedButNotWhatHappened() {
        YardRun wifi = YardModel.run(ScenarioLoader.load("teaching"));
        YardRun fiveG = YardModel.run(teaching("perturbations: {network: {name: 5g, latencyMs: \"lognormal(12, 5)\", lossProbability: 0.001}}\n"));
        assertThat(fiveG.groundTruthHash()).isEqualTo(wifi.groundTruthHash());
        assertThat(fiveG.network().meanLatencyMs()).isLessThan(wifi.network().meanLatencyMs());
    }

    @Test
    void manHoursEnergyAndCostAreBookedToEachShip() {
        YardRun run = YardModel.run(ScenarioLoader.load("teaching"));
        YardRun.ShipOutcome s = run.ships().get(0);
        assertThat(s.manHours()).isPositive();
        assertThat(s.energyKwh()).isPositive();
        assertThat(s.steelTonnes()).isCloseTo(600, within(1e-6));
        assertThat(s.cost()).isGreaterThan(600 * 800.0);
    }

    @Test
    void groundTruthIsWrittenAsCsvInTheOrderThingsHappened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        YardRun run = YardModel.run(ScenarioLoader.load("teaching"));
        run.truth().writeCsv(dir);
        List<String> stages = java.nio.file.Files.readAllLines(dir.resolve("stages.csv"));
        assertThat(stages.get(0)).isEqualTo("entity,stage,lifecycle_stage,start_ms,finish_ms");
        assertThat(stages).hasSize(1 + run.truth().stages().size());
        assertThat(stages).anyMatch(l -> l.startsWith("SHIP-H1001,delivered,DELIVERED,"));
        assertThat(java.nio.file.Files.readAllLines(dir.resolve("incidents.csv"))).hasSize(1 + run.truth().incidents().size());
    }

    @Test
    void aListenerHearsEachStageStartBeforeItsFinishInSimulatedTimeOrder() {
        List<String> heard = new java.util.ArrayList<>();
        long[] last = {0};
        YardRun run = YardModel.run(ScenarioLoader.load("teaching"), new io.shiptwin.sim.des.RandomStreams(42), new GroundTruth.Listener() {
            @Override
            public void stageStarted(String entity, Stage stage, long time) {
                assertThat(time).isGreaterThanOrEqualTo(last[0]);
                last[0] = time;
                heard.add("start " + entity + " " + stage);
            }

            @Override
            public void stageFinished(StageRecord r) {
                assertThat(r.finish()).isGreaterThanOrEqualTo(last[0]);
                last[0] = r.finish();
                assertThat(heard).contains("start " + r.entity() + " " + r.stage());
                heard.add("finish " + r.entity() + " " + r.stage());
            }
        });
        assertThat(heard).filteredOn(h -> h.startsWith("finish")).hasSize(run.truth().stages().size());
        assertThat(heard).contains("start SHIP-H1001 sea-trials", "finish SHIP-H1001 sea-trials");
    }
}
