package io.shiptwin.sim.feed;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.sim.signals.Degradation;
import io.shiptwin.sim.signals.EquipmentSignals;
import io.shiptwin.sim.signals.EquipmentState;
import io.shiptwin.sim.yard.WorkingTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One piece of the scenario's equipment in the feed: where it stands, its signal model (one per climate
 * season, so a humid season shifts the booth's and the crane's weather), and the timeline of what it
 * does, worked out from the yard's history before streaming starts. Sampling applies the timeline up to
 * the sample time and reads the model in the resulting state.
 */
final class FeedEquipment {

    /** What the history says the equipment is doing; HELD work happens only inside the shift calendar. */
    enum Mode { IDLE, HELD, RUN, DOWN, MAINTENANCE }

    private record Action(long time, Mode mode, double load, Degradation degradation, boolean maintain) {
    }

    final String tag;
    final AssetType type;
    final String area;
    final Identifier id;
    final String topic;
    final String site;
    private final EquipmentSignals[] models;
    private final long[] from;
    private final long[] to;
    private final Degradation longTerm;
    private final List<Action> actions = new ArrayList<>();
    private int cursor;
    private Mode mode = Mode.IDLE;
    private double load;
    private long sequence;
    /** What the last action set, while the timeline is being built. */
    Mode plannedMode = Mode.IDLE;
    /** A duty the machine goes back to instead of idling (a dock pump on drainage duty), from {@code dutyFrom}. */
    private double dutyLoad;
    private long dutyFrom = Long.MAX_VALUE;

    /**
     * @param models   index 0 the model outside any season, then one per season
     * @param from     start of each model's season (index 0 unused)
     * @param to       end of each model's season (index 0 unused)
     * @param longTerm a scenario's wear trend (re-applied after every maintenance), or null
     */
    FeedEquipment(String prefix, String site, String area, AssetType type, String tag, EquipmentSignals[] models, long[] from,
                  long[] to, Degradation longTerm) {
        this.tag = tag;
        this.type = type;
        this.area = area;
        this.site = site;
        this.id = Identifier.equipment(prefix, tag);
        this.topic = Topics.mqttTopic(site, area, type, tag, Topics.CHANNEL_TELEMETRY);
        this.models = models;
        this.from = from;
        this.to = to;
        this.longTerm = longTerm;
        if (longTerm != null) {
            for (EquipmentSignals m : models) {
                m.degrade(longTerm);
            }
        }
    }

    void set(long time, Mode newMode, double newLoad) {
        plannedMode = newMode;
        actions.add(new Action(time, newMode, newLoad, null, false));
    }

    void degrade(long time, Degradation d) {
        actions.add(new Action(time, null, 0, d, false));
    }

    void maintain(long time) {
        actions.add(new Action(time, null, 0, null, true));
    }

    /** From {@code time} the machine runs at {@code load} whenever it would otherwise idle. */
    void duty(long time, double load) {
        dutyFrom = time;
        dutyLoad = load;
        set(time, Mode.IDLE, 0);
    }

    /** Orders the timeline by time, keeping the order of equal times (a precursor is planned after the fact). */
    void seal() {
        actions.sort(Comparator.comparingLong(Action::time));
    }

    String[] channels() {
        return models[0].channels();
    }

    /** The reading at simulated time {@code t} (millis since the scenario start). */
    TelemetryReading sample(long t, WorkingTime calendar, String runId, long simStartMillis) {
        while (cursor < actions.size() && actions.get(cursor).time() <= t) {
            apply(actions.get(cursor++));
        }
        EquipmentState state = switch (mode) {
            case IDLE -> EquipmentState.IDLE;
            case DOWN -> EquipmentState.DOWN;
            case MAINTENANCE -> EquipmentState.MAINTENANCE;
            case RUN -> load > 0 ? EquipmentState.working(load) : EquipmentState.IDLE;
            case HELD -> load > 0 && calendar.isWorking(t) ? EquipmentState.working(load) : EquipmentState.IDLE;
        };
        EquipmentSignals model = models[0];
        for (int i = 1; i < models.length; i++) {
            if (t >= from[i] && t < to[i]) {
                model = models[i];
                break;
            }
        }
        String[] channels = model.channels();
        double[] values = new double[channels.length];
        model.sample(t, state, values);
        long seq = ++sequence;
        return new TelemetryReading(runId + ":" + tag + ":" + seq, id.toString(), seq, simStartMillis + t, site, area,
                type.topicSegment(), channels, values);
    }

    private void apply(Action a) {
        if (a.maintain()) {
            for (EquipmentSignals m : models) {
                m.maintain(a.time());
                if (longTerm != null) {
                    m.degrade(longTerm);
                }
            }
        } else if (a.degradation() != null) {
            for (EquipmentSignals m : models) {
                m.degrade(a.degradation());
            }
        } else {
            mode = a.mode();
            load = a.load();
            if (mode == Mode.IDLE && a.time() >= dutyFrom) {
                mode = Mode.RUN;
                load = dutyLoad;
            }
        }
    }
}
