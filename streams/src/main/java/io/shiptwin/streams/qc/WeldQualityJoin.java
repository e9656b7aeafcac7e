package io.shiptwin.streams.qc;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.streams.lifecycle.HullEntity;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.IngestedReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Quality control joined with welding telemetry, per yard (keyed by site): each block's inspections next to the
 * welding current of the station that welded it (its {@link LifecycleStage#SUB_ASSEMBLY} work centre), read by the
 * welding robots of that station's area during the block's sub-assembly. A block's weld interval is counted when the
 * watermark (the lower of the telemetry's and the business events') passes its finish, so every reading of the
 * interval has arrived; readings are kept in {@link #BUCKET_MILLIS} buckets per area (the interval is counted to
 * that resolution) for {@link #RETENTION} of event time.
 *
 * <p>Inputs are unique: the telemetry after de-duplication; business events are de-duplicated here by event id.
 * A reading older than the watermark may miss an interval already counted: it is counted ({@code qcLateReadings}).
 */
public final class WeldQualityJoin extends KeyedCoProcessFunction<String, IngestedReading, IngestedEvent, WeldQuality> {
    static final long BUCKET_MILLIS = Duration.ofMinutes(5).toMillis();
    static final Duration RETENTION = Duration.ofDays(60);

    private final WeldWindow window;
    private final Duration dedupRetention;
    private transient MapState<String, long[]> buckets;
    private transient MapState<String, BlockWeld> blocks;
    private transient MapState<String, Boolean> seen;
    private transient Counter lateReadings;
    private transient Counter resolvedBlocks;

    public WeldQualityJoin(WeldWindow window, Duration dedupRetention) {
        this.window = window;
        this.dedupRetention = dedupRetention;
    }

    @Override
    public void open(OpenContext ctx) {
        buckets = getRuntimeContext().getMapState(new MapStateDescriptor<>("weld-buckets", String.class, long[].class));
        MapStateDescriptor<String, BlockWeld> welds = new MapStateDescriptor<>("block-welds", String.class, BlockWeld.class);
        // One small entry per block ever seen: expire those untouched for a month of wall clock.
        welds.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofDays(30))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        blocks = getRuntimeContext().getMapState(welds);
        MapStateDescriptor<String, Boolean> ids = new MapStateDescriptor<>("qc-seen-event-ids", String.class, Boolean.class);
        ids.enableTimeToLive(StateTtlConfig.newBuilder(dedupRetention)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getMapState(ids);
        lateReadings = getRuntimeContext().getMetricGroup().counter("qcLateReadings");
        resolvedBlocks = getRuntimeContext().getMetricGroup().counter("qcBlocksResolved");
    }

    @Override
    public void processElement1(IngestedReading in, Context ctx, Collector<WeldQuality> out) throws Exception {
        TelemetryReading r = in.reading();
        if (!AssetType.WELDING_ROBOT.topicSegment().equals(r.assetType())) {
            return;
        }
        double current = current(r);
        if (!WeldWindow.arcOn(current)) {
            return;
        }
        if (r.eventTimeMillis() <= ctx.timerService().currentWatermark()) {
            lateReadings.inc();
        }
        String key = bucketKey(r.area(), r.eventTimeMillis() / BUCKET_MILLIS);
        long[] counts = buckets.get(key);
        if (counts == null) {
            counts = new long[2];
        }
        counts[0]++;
        if (window.outside(current)) {
            counts[1]++;
        }
        buckets.put(key, counts);
    }

    private static double current(TelemetryReading r) {
        String[] channels = r.channels();
        for (int i = 0; i < channels.length; i++) {
            if (WeldWindow.CURRENT_CHANNEL.equals(channels[i])) {
                return r.values()[i];
            }
        }
        return 0;
    }

    @Override
    public void processElement2(IngestedEvent in, Context ctx, Collector<WeldQuality> out) throws Exception {
        BusinessEvent e = in.event();
        if (seen.contains(e.eventId())) {
            return;
        }
        seen.put(e.eventId(), Boolean.TRUE);
        long now = ctx.timerService().currentProcessingTime();
        if (e instanceof StageStarted s && s.stage() == LifecycleStage.SUB_ASSEMBLY && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.workCentre = s.workCentre().toString();
            b.area = e.area();
            b.weldStart = e.eventTimeMillis();
            b.resolved = false;
            blocks.put(b.blockId, b);
        } else if (e instanceof StageFinished f && f.stage() == LifecycleStage.SUB_ASSEMBLY && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.weldFinish = e.eventTimeMillis();
            blocks.put(b.blockId, b);
            ctx.timerService().registerEventTimeTimer(b.weldFinish);
        } else if (e instanceof InspectionRecorded i && isBlock(i.block().toString())) {
            BlockWeld b = block(i.block().toString());
            b.inspections++;
            if (!i.passed()) {
                b.failedInspections++;
            }
            if (i.method() == InspectionMethod.COATING_DFT) {
                b.dftInspections++;
                if (i.passed()) {
                    b.dftPassed++;
                }
            }
            b.version++;
            blocks.put(b.blockId, b);
            if (b.resolved || b.workCentre == null) {
                out.collect(b.snapshot(now));
            }
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<WeldQuality> out) throws Exception {
        long now = ctx.timerService().currentProcessingTime();
        List<BlockWeld> done = new ArrayList<>();
        for (Map.Entry<String, BlockWeld> entry : blocks.entries()) {
            BlockWeld b = entry.getValue();
            if (!b.resolved && b.weldFinish != Long.MIN_VALUE && b.weldFinish <= timestamp && b.weldStart != Long.MIN_VALUE
                    && b.area != null) {
                done.add(b);
            }
        }
        for (BlockWeld b : done) {
            long arcOn = 0;
            long outside = 0;
            for (long i = b.weldStart / BUCKET_MILLIS; i <= b.weldFinish / BUCKET_MILLIS; i++) {
                long[] c = buckets.get(bucketKey(b.area, i));
                if (c != null) {
                    arcOn += c[0];
                    outside += c[1];
                }
            }
            b.arcOnReadings = arcOn;
            b.outOfWindowReadings = outside;
            b.resolved = true;
            b.version++;
            blocks.put(b.blockId, b);
            resolvedBlocks.inc();
            out.collect(b.snapshot(now));
        }
        prune(timestamp);
    }

    /** Buckets older than the retention before the watermark can no longer be asked for: drop them. */
    private void prune(long watermark) throws Exception {
        long oldest = (watermark - RETENTION.toMillis()) / BUCKET_MILLIS;
        List<String> old = new ArrayList<>();
        for (String key : buckets.keys()) {
            if (Long.parseLong(key.substring(key.lastIndexOf('|') + 1)) < oldest) {
                old.add(key);
            }
        }
        for (String key : old) {
            buckets.remove(key);
        }
    }

    private BlockWeld block(String blockId) throws Exception {
        BlockWeld b = blocks.get(blockId);
        if (b == null) {
            b = new BlockWeld();
            b.blockId = blockId;
        }
        return b;
    }

    private static boolean isBlock(String id) {
        try {
            return HullEntity.kind(id) == ObjectKind.BLOCK;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String bucketKey(String area, long bucket) {
        return area + "|" + bucket;
    }
}
