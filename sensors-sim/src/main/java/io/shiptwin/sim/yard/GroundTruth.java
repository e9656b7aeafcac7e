package io.shiptwin.sim.yard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.shiptwin.sim.scenario.Scenario.Costs;

/**
 * What really happened, in the order it happened: every stage a block, grand block or ship went
 * through and every incident (failure, repair, non-conformance, climate stop). Its hash is stable
 * across runs and JVMs, so two runs agree iff they recorded the same history.
 */
public final class GroundTruth {
    private static final long FNV_PRIME = 0x100000001b3L;

    /** One stage of one entity: the identifier suffix, the stage and its start and finish (sim millis). */
    public record StageRecord(String entity, Stage stage, long start, long finish) {
    }

    /** Something that happened to an entity at one instant; {@code detail} says what. */
    public record Incident(String entity, String kind, long time, String detail) {
    }

    /**
     * Told as the run happens, on the simulation thread, with simulated times: how the streaming mode
     * publishes the same history the batch mode records. Stage starts are told but not recorded.
     */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void stageStarted(String entity, Stage stage, long time) {
        }

        default void stageFinished(StageRecord record) {
        }

        default void incident(Incident incident) {
        }

        /**
         * Work on {@code entity} began (told only, not recorded or hashed): the stage worked (for rework, the
         * stage being corrected, e.g. {@link Stage#COAT}), whether it is rework, and the resource holding a
         * unit for it ({@code null} when none, e.g. a coat in a booth already held).
         */
        default void workStarted(String entity, Stage stage, boolean rework, String resource, long time) {
        }

        /** That work ended, with what the ledger books for it: working hours, crew size and power drawn. */
        default void workFinished(String entity, Stage stage, boolean rework, String resource, long start, long end,
                                  double hours, int crew, double powerKw) {
        }

        /** Steel for a block arrived from {@code supplier}. */
        default void steelDelivered(String block, String supplier, double tonnes, long time) {
        }
    }

    /** What an entity consumed over the run, as the ledger booked it. */
    public static final class Totals {
        private double manHours;
        private double reworkManHours;
        private double energyKwh;
        private double steelTonnes;

        public double manHours() {
            return manHours;
        }

        public double reworkManHours() {
            return reworkManHours;
        }

        public double energyKwh() {
            return energyKwh;
        }

        public double steelTonnes() {
            return steelTonnes;
        }

        /** Labour, energy and steel at the scenario's prices. */
        public double cost(Costs costs) {
            return manHours * costs.labourPerHour() + energyKwh * costs.energyPerKwh() + steelTonnes * costs.steelPerTonne();
        }
    }

    private final Listener listener;
    private final Costs costs;
    private final Map<String, Totals> totals = new LinkedHashMap<>();
    private final List<StageRecord> stages = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private long hash = 0xcbf29ce484222325L;

    public GroundTruth() {
        this(Listener.NONE);
    }

    public GroundTruth(Listener listener) {
        this(listener, null);
    }

    /** With the scenario's prices, so that {@code totals.csv} carries the cost per entity. */
    public GroundTruth(Listener listener, Costs costs) {
        this.listener = listener;
        this.costs = costs;
    }

    /** Work began on an entity: told to the listener only. */
    public void workStarted(String entity, Stage stage, boolean rework, String resource, long time) {
        listener.workStarted(entity, stage, rework, resource, time);
    }

    /** Work ended: added to the entity's totals (not to the hash, which covers stages and incidents) and told. */
    public void workFinished(String entity, Stage stage, boolean rework, String resource, long start, long end,
                             double hours, int crew, double powerKw) {
        Totals t = totals.computeIfAbsent(entity, e -> new Totals());
        t.manHours += hours * crew;
        if (rework) {
            t.reworkManHours += hours * crew;
        }
        t.energyKwh += hours * powerKw;
        listener.workFinished(entity, stage, rework, resource, start, end, hours, crew, powerKw);
    }

    /** Steel arrived for a block: added to its totals and told. */
    public void steelDelivered(String block, String supplier, double tonnes, long time) {
        totals.computeIfAbsent(block, e -> new Totals()).steelTonnes += tonnes;
        listener.steelDelivered(block, supplier, tonnes, time);
    }

    /** Per entity, in the order each was first booked: what the ledger booked to it. */
    public Map<String, Totals> totals() {
        return Collections.unmodifiableMap(totals);
    }

    /** A stage has begun; only the listener hears of it, the record is made when it finishes. */
    public void started(String entity, Stage stage, long time) {
        listener.stageStarted(entity, stage, time);
    }

    public void stage(String entity, Stage stage, long start, long finish) {
        StageRecord record = new StageRecord(entity, stage, start, finish);
        stages.add(record);
        listener.stageFinished(record);
        mix(entity);
        mix(stage.name());
        mix(start);
        mix(finish);
    }

    public void incident(String entity, String kind, long time, String detail) {
        Incident incident = new Incident(entity, kind, time, detail);
        incidents.add(incident);
        listener.incident(incident);
        mix(entity);
        mix(kind);
        mix(time);
        mix(detail);
    }

    public List<StageRecord> stages() {
        return Collections.unmodifiableList(stages);
    }

    public List<Incident> incidents() {
        return Collections.unmodifiableList(incidents);
    }

    /**
     * Writes {@code stages.csv}, {@code incidents.csv} and {@code totals.csv} (per entity: man-hours, energy,
     * steel and cost as booked) into {@code dir} (times as simulated millis since
     * the scenario start), in the order things happened, for the fidelity check against the streaming twin.
     */
    public List<Path> writeCsv(Path dir) {
        StringBuilder st = new StringBuilder("entity,stage,lifecycle_stage,start_ms,finish_ms\n");
        for (StageRecord r : stages) {
            st.append(r.entity()).append(',').append(r.stage().name()).append(',')
                    .append(r.stage().lifecycle() == null ? "" : r.stage().lifecycle().name()).append(',')
                    .append(r.start()).append(',').append(r.finish()).append('\n');
        }
        StringBuilder in = new StringBuilder("entity,kind,time_ms,detail\n");
        for (Incident i : incidents) {
            in.append(i.entity()).append(',').append(i.kind()).append(',').append(i.time()).append(',')
                    .append('"').append(i.detail().replace("\"", "\"\"")).append('"').append('\n');
        }
        StringBuilder tot = new StringBuilder("entity,man_hours,rework_man_hours,energy_kwh,steel_tonnes,cost\n");
        for (Map.Entry<String, Totals> e : totals.entrySet()) {
            Totals t = e.getValue();
            tot.append(e.getKey()).append(',').append(t.manHours).append(',').append(t.reworkManHours).append(',')
                    .append(t.energyKwh).append(',').append(t.steelTonnes).append(',')
                    .append(costs == null ? "" : Double.toString(t.cost(costs))).append('\n');
        }
        try {
            Files.createDirectories(dir);
            return List.of(Files.writeString(dir.resolve("stages.csv"), st), Files.writeString(dir.resolve("incidents.csv"), in),
                    Files.writeString(dir.resolve("totals.csv"), tot));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ground truth to " + dir, e);
        }
    }

    /** FNV-1a over every record's fields in order. */
    public long hash() {
        return hash;
    }

    private void mix(String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        hash = (hash ^ 0xff) * FNV_PRIME;
    }

    private void mix(long v) {
        for (int i = 0; i < 8; i++) {
            hash = (hash ^ ((v >>> (8 * i)) & 0xff)) * FNV_PRIME;
        }
    }
}
