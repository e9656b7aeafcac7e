package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;
import java.util.Arrays;

/**
 * The keyed state of one equipment twin: per channel the last value (by event time), min, max,
 * sum and sample count. Mutable on purpose: it lives in Flink state and is updated in place for
 * every event, so the hot path allocates nothing but the snapshot it emits.
 * A Flink POJO: public fields and a public no-arg constructor.
 */
public class EquipmentAccumulator {
    public String assetId;
    public String assetType;
    public String site;
    public String area;
    public long version;
    public String lastEventId;
    public long lastSequence;
    public long lastEventTime = Long.MIN_VALUE;
    public String[] channels = new String[0];
    public double[] last = new double[0];
    public double[] min = new double[0];
    public double[] max = new double[0];
    public double[] sum = new double[0];
    public long[] samples = new long[0];

    public EquipmentAccumulator() {
    }

    /** Applies one unique event. Out-of-order events count in the statistics but do not overwrite newer last values. */
    public void apply(TelemetryReading r) {
        version++;
        boolean newest = r.eventTimeMillis() >= lastEventTime;
        if (newest) {
            assetId = r.assetId();
            assetType = r.assetType();
            site = r.site();
            area = r.area();
            lastEventId = r.eventId();
            lastSequence = r.sequence();
            lastEventTime = r.eventTimeMillis();
        }
        String[] names = r.channels();
        double[] values = r.values();
        for (int i = 0; i < names.length; i++) {
            int c = channelIndex(names[i]);
            double v = values[i];
            boolean firstSample = samples[c] == 0;
            if (firstSample) {
                min[c] = v;
                max[c] = v;
            } else {
                min[c] = Math.min(min[c], v);
                max[c] = Math.max(max[c], v);
            }
            sum[c] += v;
            samples[c]++;
            if (newest || firstSample) {
                last[c] = v; // an older event still gives a channel seen for the first time its only value
            }
        }
    }

    private int channelIndex(String name) {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i].equals(name)) {
                return i;
            }
        }
        int n = channels.length;
        channels = Arrays.copyOf(channels, n + 1);
        channels[n] = name;
        last = Arrays.copyOf(last, n + 1);
        min = Arrays.copyOf(min, n + 1);
        max = Arrays.copyOf(max, n + 1);
        sum = Arrays.copyOf(sum, n + 1);
        samples = Arrays.copyOf(samples, n + 1);
        return n;
    }

    /** An immutable snapshot for the sinks. */
    public EquipmentTwin snapshot(TelemetryReading applied, long updatedAtMillis) {
        return snapshot(applied, updatedAtMillis, EventTrace.NONE);
    }

    /** An immutable snapshot for the sinks, with where the applied event was seen. */
    public EquipmentTwin snapshot(TelemetryReading applied, long updatedAtMillis, EventTrace trace) {
        int n = channels.length;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = sum[i] / samples[i];
        }
        return new EquipmentTwin(assetId, assetType, site, area, version, lastEventId, lastSequence, lastEventTime,
                updatedAtMillis, channels.clone(), last.clone(), min.clone(), max.clone(), mean, samples.clone(), applied, trace);
    }
}
