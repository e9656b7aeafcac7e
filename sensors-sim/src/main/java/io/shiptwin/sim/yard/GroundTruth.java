package io.shiptwin.sim.yard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    }

    private final Listener listener;
    private final List<StageRecord> stages = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private long hash = 0xcbf29ce484222325L;

    public GroundTruth() {
        this(Listener.NONE);
    }

    public GroundTruth(Listener listener) {
        this.listener = listener;
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
     * Writes {@code stages.csv} and {@code incidents.csv} into {@code dir} (times as simulated millis since
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
        try {
            Files.createDirectories(dir);
            return List.of(Files.writeString(dir.resolve("stages.csv"), st), Files.writeString(dir.resolve("incidents.csv"), in));
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
