package io.shiptwin.streams.kpi;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Reports, at most once a second per subtask, the watermark and the latest event time of the stream it reads,
 * for the Event time view (H2 {@code watermarks}). It sits on a side branch of a watermarked stream and only
 * compares a clock per element: no state, nothing kept per event. Being unkeyed, it cannot set timers, so it
 * reports while events flow (telemetry always does).
 */
public final class WatermarkProbe<T> extends ProcessFunction<T, WatermarkSample> {
    private final String source;
    private final String operatorName;
    private transient long events;
    private transient long maxEventTime;
    private transient long lastSample;

    public WatermarkProbe(String source, String operatorName) {
        this.source = source;
        this.operatorName = operatorName;
    }

    @Override
    public void open(OpenContext ctx) {
        maxEventTime = Long.MIN_VALUE;
        lastSample = Long.MIN_VALUE;
    }

    @Override
    public void processElement(T value, Context ctx, Collector<WatermarkSample> out) {
        events++;
        Long t = ctx.timestamp();
        if (t != null && t > maxEventTime) {
            maxEventTime = t;
        }
        long now = ctx.timerService().currentProcessingTime();
        if (lastSample == Long.MIN_VALUE || now - lastSample >= KpiWindowFunction.SAMPLE_EVERY_MILLIS) {
            lastSample = now;
            out.collect(new WatermarkSample(source, operatorName, getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(),
                    ctx.timerService().currentWatermark(), maxEventTime, events, 0, now));
        }
    }
}
