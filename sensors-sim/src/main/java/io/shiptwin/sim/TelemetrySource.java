package io.shiptwin.sim;

import io.shiptwin.model.TelemetryReading;
import java.util.List;

/**
 * Deterministic stream of telemetry from a set of stations on a simulated clock: one sample per
 * station per period, in station order. Same stations and seed give the same readings, bit for bit.
 * Not thread-safe: one simulator thread owns it.
 */
public final class TelemetrySource {
    private final List<MinimalYard.Station> stations;
    private final String runId;
    private final long samplePeriodMillis;
    private final long[] sequences;
    private long simMillis;
    private int next;

    public TelemetrySource(List<MinimalYard.Station> stations, String runId, long simStartMillis, long samplePeriodMillis) {
        if (stations.isEmpty()) {
            throw new IllegalArgumentException("stations: at least one station is needed");
        }
        if (samplePeriodMillis <= 0) {
            throw new IllegalArgumentException("samplePeriodMillis: must be > 0, got " + samplePeriodMillis);
        }
        this.stations = List.copyOf(stations);
        this.runId = runId;
        this.samplePeriodMillis = samplePeriodMillis;
        this.sequences = new long[stations.size()];
        this.simMillis = simStartMillis;
    }

    /** The next reading; advances the simulated clock after every full round of stations. */
    public Sample next() {
        MinimalYard.Station station = stations.get(next);
        Equipment eq = station.equipment();
        long seq = ++sequences[next];
        String[] channels = station.signals().channels();
        double[] values = new double[channels.length];
        station.signals().sample(simMillis, values);
        // Event ids are globally unique across runs (the run id) and per source (the sequence).
        String eventId = runId + ":" + eq.tag() + ":" + seq;
        TelemetryReading reading = new TelemetryReading(eventId, eq.identifier().toString(), seq, simMillis,
                eq.site(), eq.area(), eq.type().topicSegment(), channels, values);
        if (++next == stations.size()) {
            next = 0;
            simMillis += samplePeriodMillis;
        }
        return new Sample(eq.telemetryTopic(), reading);
    }

    public long simMillis() {
        return simMillis;
    }

    public int stationCount() {
        return stations.size();
    }

    /** A reading and the MQTT topic it goes to. */
    public record Sample(String topic, TelemetryReading reading) {
    }
}
