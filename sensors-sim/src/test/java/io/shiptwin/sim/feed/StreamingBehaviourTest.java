package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.YardEvent;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.network.PublishingHop;
import io.shiptwin.sim.pacing.Pacer;
import io.shiptwin.sim.pacing.WallClock;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingBehaviourTest {
    private static final long START = FeedOptions.defaults(0).simStart().toEpochMilli();

    /** FNV-1a over every encoded envelope and its topic, in published order. */
    private static long hash(ScenarioFeed feed) {
        long h = 0xcbf29ce484222325L;
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            for (byte b : m.topic().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            for (byte b : EnvelopeCodec.encode(m.event())) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
        }
        return h;
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameStreamBitForBit() {
        FeedOptions options = FeedOptions.defaults(7).withSimDays(40).withSamplePeriod(Duration.ofMinutes(10));
        long first = hash(ScenarioFeed.open("teaching", options));
        long second = hash(ScenarioFeed.open("teaching", options));
        long otherSeed = hash(ScenarioFeed.open("teaching", FeedOptions.defaults(8).withSimDays(40).withSamplePeriod(Duration.ofMinutes(10))));
        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void aBoundedFeedStopsAtItsBound() {
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSimDays(10).withSamplePeriod(Duration.ofMinutes(5)));
        long last = 0;
        long telemetry = 0;
        while (feed.hasNext()) {
            YardEvent e = feed.next().event();
            last = e.eventTimeMillis();
            telemetry += e instanceof TelemetryReading ? 1 : 0;
        }
        assertThat(last).isLessThan(START + SimTime.days(10)).isGreaterThanOrEqualTo(START + SimTime.days(10) - SimTime.hours(1));
        assertThat(telemetry).isEqualTo(feed.equipmentIds().size() * (SimTime.days(10) / SimTime.MILLIS_PER_HOUR * 12));
        assertThat(feed.run().simulatedDays()).isLessThanOrEqualTo(10);
    }

    @Test
    void aCraneCarriesLoadOnlyWhileItLiftsAGrandBlock() {
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSamplePeriod(Duration.ofMinutes(15)));
        List<long[]> erections = new ArrayList<>();
        Map<String, Long> started = new HashMap<>();
        List<long[]> loaded = new ArrayList<>();
        while (feed.hasNext()) {
            YardEvent e = feed.next().event();
            boolean grandBlock = !(e instanceof TelemetryReading) && ObjectKind.of(Identifier.parse(e.assetId())) == ObjectKind.GRAND_BLOCK;
            if (grandBlock && e instanceof StageStarted s && s.stage() == LifecycleStage.ERECTION) {
                started.put(e.assetId(), e.eventTimeMillis());
            } else if (grandBlock && e instanceof StageFinished f && f.stage() == LifecycleStage.ERECTION) {
                erections.add(new long[] {started.remove(e.assetId()), e.eventTimeMillis()});
            } else if (e instanceof TelemetryReading r && r.assetType().equals("crane")) {
                double load = r.values()[0];
                assertThat(r.channels()[0]).isEqualTo("load_t");
                if (load > 0) {
                    loaded.add(new long[] {r.eventTimeMillis(), (long) load});
                }
            }
        }
        assertThat(erections).hasSize(12);
        assertThat(loaded).isNotEmpty();
        for (long[] l : loaded) {
            assertThat(erections).as("crane loaded with %d t at %d outside every lift", l[1], l[0])
                    .anyMatch(er -> l[0] >= er[0] && l[0] <= er[1]);
            assertThat(l[1]).isBetween(30L, 300L);
        }
    }

    @Test
    void weldingRobotsWeldOnlyDuringShiftsWhileTheirStationHasABlock() {
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSimDays(60).withSamplePeriod(Duration.ofMinutes(30)));
        int arcOn = 0;
        while (feed.hasNext()) {
            YardEvent e = feed.next().event();
            if (e instanceof TelemetryReading r && r.assetType().equals("welding-robot") && r.values()[0] > 0) {
                arcOn++;
                long msOfDay = Math.floorMod(r.eventTimeMillis() - START, SimTime.MILLIS_PER_DAY);
                long day = Math.floorDiv(r.eventTimeMillis() - START, SimTime.MILLIS_PER_DAY);
                assertThat(msOfDay).isBetween(SimTime.hours(6), SimTime.hours(22)); // defaults: 2 shifts of 8 h from 06:00
                assertThat(Math.floorMod(day, 7)).isLessThan(6);
            }
        }
        assertThat(arcOn).isPositive();
    }

    @Test
    void aHumidSeasonShowsInTheBoothClimate() {
        double normal = meanBoothHumidity("baseline-like teaching", null);
        double humid = meanBoothHumidity("humid teaching", "{name: wet, fromDay: 0, toDay: 400, humidityOffsetPct: 18}");
        assertThat(humid - normal).isGreaterThan(10);
    }

    private static double meanBoothHumidity(String name, String season) {
        String yaml = "extends: teaching\nhorizonDays: 30\n" + (season == null ? "" : "perturbations:\n  climateSeasons: [" + season + "]\n");
        ScenarioFeed feed = ScenarioFeed.open(ScenarioLoader.parse(yaml, name), FeedOptions.defaults(42).withSamplePeriod(Duration.ofHours(1)));
        double sum = 0;
        int n = 0;
        while (feed.hasNext()) {
            if (feed.next().event() instanceof TelemetryReading r && r.assetType().equals("paint-booth")) {
                sum += r.values()[1];
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void aWornDockShowsRisingPumpVibrationWhenItsPumpsRun() {
        double healthy = meanRunningPumpVibration("");
        double worn = meanRunningPumpVibration("perturbations:\n  degradations: [{workCentre: dock-1, fromDay: 0, "
                + "mtbfFactorAtHorizon: 1, defectProbabilityAtHorizon: 0}]\n");
        assertThat(healthy).isBetween(1.0, 2.5);
        assertThat(worn - healthy).isGreaterThan(1.0);
    }

    private static double meanRunningPumpVibration(String perturbation) {
        ScenarioFeed feed = ScenarioFeed.open(ScenarioLoader.parse("extends: teaching\n" + perturbation, "pumps"),
                FeedOptions.defaults(42).withSamplePeriod(Duration.ofMinutes(30)));
        double sum = 0;
        int n = 0;
        while (feed.hasNext()) {
            if (feed.next().event() instanceof TelemetryReading r && r.assetType().equals("pump") && r.values()[0] > 0) {
                sum += r.values()[2];
                n++;
            }
        }
        assertThat(n).as("samples of running pumps").isPositive();
        return sum / n;
    }

    @Test
    void deliveredShipsAreSurveyedOnTheirClassSchedule() {
        // Six years after the teaching yard's deliveries, one telemetry sample a day to keep the stream small.
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSimDays(2_600).withSamplePeriod(Duration.ofDays(1)));
        Map<String, Long> delivered = new HashMap<>();
        Map<String, List<SurveyCompleted>> surveys = new HashMap<>();
        while (feed.hasNext()) {
            YardEvent e = feed.next().event();
            if (e instanceof ShipDelivered d) {
                delivered.put(d.assetId(), d.eventTimeMillis());
            } else if (e instanceof SurveyCompleted s) {
                surveys.computeIfAbsent(s.assetId(), k -> new ArrayList<>()).add(s);
            }
        }
        assertThat(delivered).hasSize(2);
        double[] years = {1, 2, 2.5, 3, 4, 5, 6};
        SurveyKind[] kinds = {SurveyKind.ANNUAL, SurveyKind.ANNUAL, SurveyKind.INTERMEDIATE, SurveyKind.ANNUAL, SurveyKind.ANNUAL,
                SurveyKind.SPECIAL, SurveyKind.ANNUAL};
        for (Map.Entry<String, Long> d : delivered.entrySet()) {
            List<SurveyCompleted> s = surveys.get(d.getKey());
            double serviceYears = SimTime.toDays(START + SimTime.days(2_600) - d.getValue()) / 365.25;
            int due = (int) java.util.stream.IntStream.range(0, years.length).filter(i -> years[i] <= serviceYears).count();
            assertThat(s).hasSize(due).hasSizeGreaterThanOrEqualTo(6);
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.get(i).surveyKind()).isEqualTo(kinds[i]);
                assertThat(s.get(i).eventTimeMillis()).isEqualTo(d.getValue() + SimTime.days(years[i] * 365.25));
                assertThat(ObjectKind.of(s.get(i).survey())).isEqualTo(ObjectKind.CLASS_SURVEY);
            }
        }
    }

    @Test
    void theTeachingYardStreamsThreeWeeksInAFewSecondsAtPacingMax() throws Exception {
        long t0 = System.nanoTime();
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSimDays(21));
        AtomicLong published = new AtomicLong();
        PublishingHop hop = new PublishingHop((topic, payload) -> published.incrementAndGet(), null, Pacer.asFastAsPossible(), null,
                WallClock.SYSTEM);
        long generated = 0;
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            hop.offer(TimeUnit.MILLISECONDS.toNanos(m.event().eventTimeMillis()), m.topic(), EnvelopeCodec.encode(m.event()));
            generated++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(published.get()).isEqualTo(generated).isGreaterThan(21 * 288 * 20L);
        assertThat(seconds).as("three simulated weeks took %.1f s", seconds).isLessThan(10);
    }

    @Test
    void theTruthIsWrittenForTheFidelityCheck(@TempDir Path dir) throws Exception {
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSamplePeriod(Duration.ofHours(6)));
        feed.drain();
        List<Path> files = feed.writeTruth(dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("stages.csv", "incidents.csv", "totals.csv", "identifiers.csv", "truth-summary.json");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("truth-summary.json").toFile());
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(summary.get("eventsByType").get("ship-delivered").asLong()).isEqualTo(2);
        assertThat(summary.get("eventsByType").get("telemetry").asLong()).isEqualTo(feed.counts().get("telemetry"));
        assertThat(summary.get("published").asLong()).isEqualTo(feed.published());
        assertThat(Files.readAllLines(dir.resolve("totals.csv"))).anyMatch(l -> l.startsWith("BLK-H1001-B101,"));
        assertThat(Files.readAllLines(dir.resolve("identifiers.csv"))).contains("GBK-H1001-G01,88.118.8001/GB-H1001-G01,GRAND_BLOCK");
    }

    @Test
    void theSurveyScheduleReplacesAnAnnualSurveyDueWithTheSpecialOne() {
        var op = ScenarioLoader.load("teaching").operation();
        assertThat(ServiceLife.schedule(op, 10.5)).extracting(ServiceLife.Due::kind).containsExactly(SurveyKind.ANNUAL, SurveyKind.ANNUAL,
                SurveyKind.INTERMEDIATE, SurveyKind.ANNUAL, SurveyKind.ANNUAL, SurveyKind.SPECIAL, SurveyKind.ANNUAL, SurveyKind.ANNUAL,
                SurveyKind.INTERMEDIATE, SurveyKind.ANNUAL, SurveyKind.ANNUAL, SurveyKind.SPECIAL);
    }
}
