package io.shiptwin.sim.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.model.YardEvent;
import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.sim.yard.GroundTruth;
import io.shiptwin.sim.yard.Hull;
import io.shiptwin.sim.yard.OrderBook;
import io.shiptwin.sim.yard.Stage;
import io.shiptwin.sim.yard.WorkingTime;
import io.shiptwin.sim.yard.YardModel;
import io.shiptwin.sim.yard.YardRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * A scenario as the stream of events its yard publishes. {@link #open} first runs the yard model over
 * the whole bound (as fast as the batch mode: a yard-year in seconds) and records its history; the feed
 * then streams that history in simulated-time order — business events as they happened, the service
 * life of delivered ships, and telemetry of every piece of equipment every sample period, driven by
 * what the history says it was doing. Running first lets a machine show its wear before it fails.
 *
 * <p>Deterministic: the same scenario, options and seed give the same events, bit for bit. At equal
 * times business events come before service events, and those before telemetry (in equipment order).
 * Each source (a subject and its channel) numbers its events from 1; event ids are
 * {@code runId:source:sequence}. Not thread-safe: one publishing thread owns a feed.
 */
public final class ScenarioFeed implements Iterator<FeedMessage> {
    private final Scenario scenario;
    private final FeedOptions options;
    private final YardLayout layout;
    private final YardRun run;
    private final List<Hull> hulls;
    private final List<Pending> pending;
    private final List<FeedEquipment> equipment;
    private final List<StageStart> stageStarts = new ArrayList<>();
    private final List<ServiceTruth> service;
    private final WorkingTime calendar;
    private final long simStartMillis;
    private final long endMillis;
    private final long periodMillis;
    private final Map<String, long[]> sequences = new HashMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private int nextPending;
    private long tick;
    private int nextEquipment;
    private long simMillis;
    private long published;

    private ScenarioFeed(Scenario scenario, FeedOptions options) {
        this.scenario = scenario;
        this.options = options;
        double days = options.simDays() > 0 ? options.simDays() : scenario.horizonDays();
        this.endMillis = SimTime.days(days);
        this.simStartMillis = options.simStart().toEpochMilli();
        this.periodMillis = options.samplePeriod() != null ? options.samplePeriod().toMillis()
                : Math.max(1, Math.round(scenario.streaming().samplePeriodSeconds() * 1000));
        this.calendar = new WorkingTime(scenario.calendar());
        YardHistory history = new YardHistory();
        this.run = YardModel.run(scenario, new RandomStreams(options.seed()), history, days);
        // The order book is drawn first from its own stream, so drawing it again gives the run's hulls.
        this.hulls = OrderBook.generate(scenario, new RandomStreams(options.seed()).stream("design.weights"));
        this.layout = new YardLayout(scenario, options.yardPrefix(), options.seed());
        HistoryTranslator translator = new HistoryTranslator(layout, hulls, options.yardPrefix());
        translator.translate(history.happenings);
        for (YardHistory.Happening h : history.happenings) {
            if (h instanceof YardHistory.Started st) {
                stageStarts.add(new StageStart(st.entity(), st.stage(), st.time()));
            }
        }
        List<Pending> all = new ArrayList<>(translator.events);
        // The plan, materials ordered, design revisions, production work orders and crew presence.
        LifecycleFlows flows = new LifecycleFlows(translator, layout, hulls, options.yardPrefix(), simStartMillis);
        flows.translate(history.happenings);
        all.addAll(flows.events);
        RandomStreams service = new RandomStreams(options.seed());
        Map<String, List<Pending>> lives = new LinkedHashMap<>();
        for (Map.Entry<String, Long> d : translator.deliveries.entrySet()) {
            List<Pending> life = ServiceLife.events(scenario.operation(), options.yardPrefix(), d.getKey(), d.getValue(), endMillis, service);
            lives.put(d.getKey(), life);
            all.addAll(life);
        }
        this.service = ServiceTruth.of(translator.deliveries, lives, simStartMillis);
        all.removeIf(p -> p.time() >= endMillis);
        all.sort(Comparator.comparingLong(Pending::time)); // stable: yard history first at equal times
        this.pending = all;
        this.equipment = List.copyOf(layout.equipment);
    }

    /** A stage that began, as the yard told it (the ground truth records a stage only once it finishes). */
    public record StageStart(String entity, Stage stage, long time) {
    }

    /** Every stage start of the run, in the order they happened, unfinished ones included; for the fidelity check. */
    public List<StageStart> stageStarts() {
        return Collections.unmodifiableList(stageStarts);
    }

    /**
     * One stage of the production plan as the feed publishes it ({@code stage-planned}): the yard entity
     * ({@code BLK-}, {@code GBK-}, {@code SHIP-}; a grand block's plan is its blocks' too), the stage, when the plan
     * is published and the planned start and finish, all simulated millis since day 0.
     */
    public record PlannedStage(String entity, Stage stage, long publishedAt, long start, long finish) {
    }

    /** The production plan of every hull, in publishing order (a plan published at or after the bound is not published). */
    public List<PlannedStage> plannedStages() {
        ProductionPlan plan = new ProductionPlan(scenario);
        List<PlannedStage> out = new ArrayList<>();
        for (Hull h : hulls) {
            for (ProductionPlan.PlannedStage p : plan.of(h)) {
                out.add(new PlannedStage(p.entity(), p.stage(), h.start(), p.start(), p.finish()));
            }
        }
        return out;
    }

    /** Per grand block (yard name, e.g. {@code GBK-H1001-G01}), the yard names of its blocks: a grand block's stage is theirs too. */
    public Map<String, List<String>> grandBlockMembers() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Hull h : hulls) {
            for (Hull.GrandBlock gb : h.grandBlocks()) {
                m.put(gb.id(), gb.blocks().stream().map(Hull.Block::id).toList());
            }
        }
        return m;
    }

    /** Every delivered ship's service life as the simulation made it (delivery, reports, surveys), in delivery order. */
    public List<ServiceTruth> serviceTruth() {
        return service;
    }

    /** The options the feed was opened with (identifier prefix, run id, seed, day 0). */
    public FeedOptions options() {
        return options;
    }

    /** Runs the yard of {@code scenario} and prepares its stream. */
    public static ScenarioFeed open(Scenario scenario, FeedOptions options) {
        return new ScenarioFeed(scenario, options);
    }

    /** A shipped scenario's name or a YAML file's path. */
    public static ScenarioFeed open(String nameOrPath, FeedOptions options) {
        return open(ScenarioLoader.load(nameOrPath), options);
    }

    @Override
    public boolean hasNext() {
        return nextPending < pending.size() || (tick < endMillis && !equipment.isEmpty());
    }

    @Override
    public FeedMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the feed has reached its end at simulated day " + SimTime.toDays(endMillis));
        }
        boolean business = nextPending < pending.size()
                && (equipment.isEmpty() || tick >= endMillis || pending.get(nextPending).time() <= tick);
        FeedMessage m = business ? business(pending.get(nextPending++)) : telemetry();
        counts.merge(m.event().eventType().wireName(), 1L, Long::sum);
        published++;
        return m;
    }

    private FeedMessage business(Pending p) {
        String source = p.subject().suffix();
        long seq = ++sequences.computeIfAbsent(source, k -> new long[1])[0];
        EventHeader header = new EventHeader(options.runId() + ":" + source + ":" + seq, p.subject().toString(), seq,
                simStartMillis + p.time(), layout.site, p.area(), p.segment());
        BusinessEvent event = p.body().apply(header);
        simMillis = p.time();
        return new FeedMessage(Topics.mqttTopic(layout.site, p.area(), p.segment(), p.tag(), Topics.CHANNEL_EVENTS), event);
    }

    private FeedMessage telemetry() {
        FeedEquipment e = equipment.get(nextEquipment);
        TelemetryReading r = e.sample(tick, calendar, options.runId(), simStartMillis);
        simMillis = tick;
        if (++nextEquipment == equipment.size()) {
            nextEquipment = 0;
            tick += periodMillis;
        }
        return new FeedMessage(e.topic, r);
    }

    /** Simulated time of the last event, millis since the scenario start. */
    public long simMillis() {
        return simMillis;
    }

    /** The simulated clock of the last event. */
    public Instant simulatedTime() {
        return Instant.ofEpochMilli(simStartMillis + simMillis);
    }

    /** Where the feed stops: millis since the scenario start (exclusive). */
    public long endMillis() {
        return endMillis;
    }

    public long samplePeriodMillis() {
        return periodMillis;
    }

    /** The identifiers of every piece of equipment that reports telemetry, in sampling order. */
    public List<String> equipmentIds() {
        return equipment.stream().map(e -> e.id.toString()).toList();
    }

    /** The MQTT telemetry topic per equipment identifier. */
    public Map<String, String> telemetryTopics() {
        Map<String, String> m = new LinkedHashMap<>();
        equipment.forEach(e -> m.put(e.id.toString(), e.topic));
        return m;
    }

    /** The yard run the feed streams (its ground truth, KPIs and hashes). */
    public YardRun run() {
        return run;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Business events the feed holds in total (telemetry excluded). */
    public int businessEventCount() {
        return pending.size();
    }

    /** Events published so far per wire type ({@code telemetry}, {@code stage-started}...). */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public long published() {
        return published;
    }

    /**
     * Writes the truth for the fidelity check: the yard's {@code stages.csv}, {@code incidents.csv} and
     * {@code totals.csv} ({@link GroundTruth#writeCsv}), {@code identifiers.csv} (the yard's entity names and
     * the identifiers the feed publishes them under) and {@code truth-summary.json} (what was published:
     * counts per event type, the bound, whether the feed was exhausted).
     */
    public List<Path> writeTruth(Path dir) {
        List<Path> files = new ArrayList<>(run.truth().writeCsv(dir));
        StringBuilder ids = new StringBuilder("entity,identifier,kind\n");
        for (Hull h : hulls) {
            ids.append(h.id()).append(',').append(options.yardPrefix()).append('/').append(h.id()).append(",SHIP\n");
            for (Hull.GrandBlock gb : h.grandBlocks()) {
                ids.append(gb.id()).append(',').append(options.yardPrefix()).append("/GB-").append(gb.id().substring(4))
                        .append(",GRAND_BLOCK\n");
                for (Hull.Block b : gb.blocks()) {
                    ids.append(b.id()).append(',').append(options.yardPrefix()).append('/').append(b.id()).append(",BLOCK\n");
                }
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenario.name());
        summary.put("seed", options.seed());
        summary.put("runId", options.runId());
        summary.put("simStart", options.simStart().toString());
        summary.put("endMillis", endMillis);
        summary.put("simulatedDays", SimTime.toDays(endMillis));
        summary.put("samplePeriodMillis", periodMillis);
        summary.put("complete", !hasNext());
        summary.put("lastEventMillis", simMillis);
        summary.put("published", published);
        summary.put("equipment", equipment.size());
        summary.put("shipsDelivered", run.shipsDelivered());
        summary.put("groundTruthHash", Long.toHexString(run.groundTruthHash()));
        summary.put("eventsByType", new TreeMap<>(counts));
        try {
            Files.createDirectories(dir);
            files.add(Files.writeString(dir.resolve("identifiers.csv"), ids));
            Path json = dir.resolve("truth-summary.json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), summary);
            files.add(json);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feed's truth to " + dir, e);
        }
    }

    /** Every event the feed would publish from here on; for tests and batch export (mind the volume). */
    public List<FeedMessage> drain() {
        List<FeedMessage> out = new ArrayList<>();
        while (hasNext()) {
            out.add(next());
        }
        return out;
    }

    /** For logs: the scenario, the bound and the size of the yard. */
    @Override
    public String toString() {
        return "scenario " + scenario.name() + " until day " + SimTime.toDays(endMillis) + ", " + equipment.size()
                + " pieces of equipment every " + periodMillis + " ms, " + pending.size() + " business events";
    }

}
