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
import io.shiptwin.streams.twin.SeenEventIds;
import java.time.Duration;
import java.util.Locale;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Quality control joined with welding telemetry, per yard (keyed by site). A block's inspections are joined with the
 * readings of the unit that welded it: the welding robot named ({@code equipment}) by the block's
 * {@link #WELDING_STAGE} {@code stage-started}/{@code -finished} events, during that stage. Readings are kept per unit
 * in {@link #BUCKET_MILLIS} buckets (an interval is counted to that resolution): arc-on readings, and those with the
 * current, arc voltage or travel speed outside the WPS window ({@link WeldWindow}).
 *
 * <ul>
 *   <li>The weld interval is counted when the watermark (the lower of the telemetry's and the business events') passes
 *       its finish plus the allowed lateness, so readings up to that late still count.</li>
 *   <li>A failed {@link InspectionMethod#ULTRASONIC} test is "welding parameters out of procedure window before a failed
 *       UT" when the unit's readings from the weld start to the test (or the weld finish, if earlier) include
 *       out-of-window ones: they are counted when the watermark passes the test's time plus the lateness (whatever came
 *       first, the test or the telemetry) and stored with the block's record with a suspected cause.</li>
 *   <li>Every inspection updates the block's record at once (counts per method; coating DFT passed or not).</li>
 *   <li>The measured dry film thickness: the mean {@link #DFT_CHANNEL} reading of the paint booth named by the block's
 *       {@code PAINTING} stage events during that stage, counted when the watermark passes its finish plus the
 *       lateness (the inspection event has no field for it).</li>
 * </ul>
 *
 * <p>State: buckets are removed by event-time timers {@link #RETENTION} after their day ended; the pending counts
 * are timers with their task list; a block's record expires a month (wall clock) after its last change. Inputs are
 * unique: the telemetry after de-duplication; business events are de-duplicated here by event id. A reading more than
 * the lateness behind the watermark may miss an interval already counted: it is counted ({@code qcLateReadings}).
 */
public final class WeldQualityJoin extends KeyedCoProcessFunction<String, IngestedReading, IngestedEvent, WeldQuality> {
    /** The stage whose welds the ultrasonic test after it inspects (in the simulated yard: the block-assembly test). */
    public static final LifecycleStage WELDING_STAGE = LifecycleStage.BLOCK_ASSEMBLY;
    static final long BUCKET_MILLIS = Duration.ofMinutes(5).toMillis();
    static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    static final Duration RETENTION = Duration.ofDays(60);
    private static final String WELD = "W|";
    private static final String TEST = "U|";
    private static final String CLEAN = "C|";
    private static final String PAINT = "P|";
    /** The booths' coating-thickness channel, reported (> 0) only while a booth is coating. */
    public static final String DFT_CHANNEL = "dft_um";
    /** Per bucket: arc-on readings, out of window (any), current, voltage, travel speed out of window. */
    private static final int ARC_ON = 0;
    private static final int OUT = 1;
    private static final int CURRENT = 2;
    private static final int VOLTAGE = 3;
    private static final int TRAVEL = 4;

    private final WeldWindow window;
    private final long latenessMillis;
    private final Duration dedupRetention;
    private transient MapState<String, long[]> buckets;
    private transient MapState<String, double[]> dftBuckets;
    private transient MapState<String, Boolean> units;
    private transient MapState<Long, String> due;
    private transient MapState<String, BlockWeld> blocks;
    private transient SeenEventIds seen;
    private transient Counter lateReadings;
    private transient Counter resolvedBlocks;
    private transient Counter failedUtOutOfWindow;

    public WeldQualityJoin(WeldWindow window, Duration allowedLateness, Duration dedupRetention) {
        if (allowedLateness.isNegative()) {
            throw new IllegalArgumentException("weld quality join: allowed lateness must be >= 0, got " + allowedLateness);
        }
        this.window = window;
        this.latenessMillis = allowedLateness.toMillis();
        this.dedupRetention = dedupRetention;
    }

    @Override
    public void open(OpenContext ctx) {
        buckets = getRuntimeContext().getMapState(new MapStateDescriptor<>("weld-unit-buckets", String.class, long[].class));
        dftBuckets = getRuntimeContext().getMapState(new MapStateDescriptor<>("booth-dft-buckets", String.class, double[].class));
        units = getRuntimeContext().getMapState(new MapStateDescriptor<>("weld-units", String.class, Boolean.class));
        due = getRuntimeContext().getMapState(new MapStateDescriptor<>("weld-due", Long.class, String.class));
        MapStateDescriptor<String, BlockWeld> welds = new MapStateDescriptor<>("block-welds", String.class, BlockWeld.class);
        // One small entry per block ever seen: expire those untouched for a month of wall clock.
        welds.enableTimeToLive(ttl(Duration.ofDays(30)));
        blocks = getRuntimeContext().getMapState(welds);
        seen = SeenEventIds.open(getRuntimeContext(), "qc-seen-event-ids", dedupRetention);
        lateReadings = getRuntimeContext().getMetricGroup().counter("qcLateReadings");
        resolvedBlocks = getRuntimeContext().getMetricGroup().counter("qcBlocksResolved");
        failedUtOutOfWindow = getRuntimeContext().getMetricGroup().counter("qcFailedUtAfterOutOfWindowWelding");
    }

    private static StateTtlConfig ttl(Duration d) {
        return StateTtlConfig.newBuilder(d)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
    }

    // ---- telemetry -----------------------------------------------------------------------------

    @Override
    public void processElement1(IngestedReading in, Context ctx, Collector<WeldQuality> out) throws Exception {
        TelemetryReading r = in.reading();
        if (AssetType.PAINT_BOOTH.topicSegment().equals(r.assetType())) {
            boothReading(r, ctx);
            return;
        }
        if (!AssetType.WELDING_ROBOT.topicSegment().equals(r.assetType())) {
            return;
        }
        double current = channel(r, WeldWindow.CURRENT_CHANNEL);
        if (!WeldWindow.arcOn(current)) {
            return;
        }
        long t = r.eventTimeMillis();
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE && t + latenessMillis <= watermark) {
            lateReadings.inc();
        }
        boolean badCurrent = window.outside(current);
        boolean badVoltage = window.voltageOutside(channel(r, WeldWindow.VOLTAGE_CHANNEL));
        boolean badTravel = window.travelOutside(channel(r, WeldWindow.TRAVEL_CHANNEL));
        String key = bucketKey(r.assetId(), Math.floorDiv(t, BUCKET_MILLIS));
        long[] counts = buckets.get(key);
        if (counts == null) {
            counts = new long[5];
        }
        counts[ARC_ON]++;
        if (badCurrent || badVoltage || badTravel) {
            counts[OUT]++;
        }
        counts[CURRENT] += badCurrent ? 1 : 0;
        counts[VOLTAGE] += badVoltage ? 1 : 0;
        counts[TRAVEL] += badTravel ? 1 : 0;
        buckets.put(key, counts);
        if (!units.contains(r.assetId())) {
            units.put(r.assetId(), Boolean.TRUE);
        }
        long day = Math.floorDiv(t, DAY_MILLIS);
        schedule(ctx, (day + 1) * DAY_MILLIS + RETENTION.toMillis(), CLEAN + day);
    }

    /** A booth's coating-thickness reading while it coats, kept per booth and bucket (sum, count). */
    private void boothReading(TelemetryReading r, Context ctx) throws Exception {
        double dft = channel(r, DFT_CHANNEL);
        if (!(dft > 0)) {
            return;
        }
        long t = r.eventTimeMillis();
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE && t + latenessMillis <= watermark) {
            lateReadings.inc();
        }
        String key = bucketKey(r.assetId(), Math.floorDiv(t, BUCKET_MILLIS));
        double[] sum = dftBuckets.get(key);
        if (sum == null) {
            sum = new double[2];
        }
        sum[0] += dft;
        sum[1]++;
        dftBuckets.put(key, sum);
        if (!units.contains(r.assetId())) {
            units.put(r.assetId(), Boolean.TRUE);
        }
        long day = Math.floorDiv(t, DAY_MILLIS);
        schedule(ctx, (day + 1) * DAY_MILLIS + RETENTION.toMillis(), CLEAN + day);
    }

    /** A channel's value; NaN when the reading does not have it (then it is never out of window). */
    private static double channel(TelemetryReading r, String name) {
        String[] channels = r.channels();
        for (int i = 0; i < channels.length; i++) {
            if (name.equals(channels[i])) {
                return r.values()[i];
            }
        }
        return Double.NaN;
    }

    // ---- business events -----------------------------------------------------------------------

    @Override
    public void processElement2(IngestedEvent in, Context ctx, Collector<WeldQuality> out) throws Exception {
        BusinessEvent e = in.event();
        long now = ctx.timerService().currentProcessingTime();
        boolean first = seen.firstSighting(e.eventId(), e.sequence(), now);
        seen.armForgetting(ctx.timerService());
        if (!first) {
            return;
        }
        if (e instanceof StageStarted s && s.stage() == WELDING_STAGE && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.workCentre = s.workCentre().toString();
            b.area = e.area();
            b.equipment = s.equipment() == null ? b.equipment : s.equipment().toString();
            b.weldStart = e.eventTimeMillis();
            b.resolved = false;
            blocks.put(b.blockId, b);
        } else if (e instanceof StageFinished f && f.stage() == WELDING_STAGE && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.weldFinish = e.eventTimeMillis();
            if (b.equipment == null && f.equipment() != null) {
                b.equipment = f.equipment().toString();
            }
            if (b.workCentre == null) {
                b.workCentre = f.workCentre().toString();
                b.area = e.area();
            }
            blocks.put(b.blockId, b);
            schedule(ctx, b.weldFinish + latenessMillis, WELD + b.blockId);
        } else if (e instanceof StageStarted s && s.stage() == LifecycleStage.PAINTING && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.booth = s.equipment() == null ? b.booth : s.equipment().toString();
            b.paintStart = e.eventTimeMillis();
            blocks.put(b.blockId, b);
        } else if (e instanceof StageFinished f && f.stage() == LifecycleStage.PAINTING && isBlock(e.assetId())) {
            BlockWeld b = block(e.assetId());
            b.paintFinish = e.eventTimeMillis();
            if (b.booth == null && f.equipment() != null) {
                b.booth = f.equipment().toString();
            }
            blocks.put(b.blockId, b);
            if (b.booth != null && b.paintStart != Long.MIN_VALUE) {
                schedule(ctx, b.paintFinish + latenessMillis, PAINT + b.blockId);
            }
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
            } else if (i.method() == InspectionMethod.ULTRASONIC) {
                b.utInspections++;
                if (!i.passed()) {
                    b.failedUt++;
                    b.failedUtAt = e.eventTimeMillis();
                    b.utResolved = false;
                    b.suspectedCause = null;
                    schedule(ctx, b.failedUtAt + latenessMillis, TEST + b.blockId);
                }
            }
            b.version++;
            blocks.put(b.blockId, b);
            out.collect(b.snapshot(now));
        }
    }

    // ---- timers --------------------------------------------------------------------------------

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<WeldQuality> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            seen.forgetIfIdle(timestamp); // the join's own timers are on event time
            return;
        }
        String tasks = due.get(timestamp);
        if (tasks == null) {
            return;
        }
        due.remove(timestamp);
        long now = ctx.timerService().currentProcessingTime();
        for (String task : tasks.split("\n")) {
            if (task.startsWith(CLEAN)) {
                clean(Long.parseLong(task.substring(CLEAN.length())));
                continue;
            }
            BlockWeld b = blocks.get(task.substring(2));
            if (b == null) {
                continue;
            }
            if (task.startsWith(WELD) && !b.resolved && b.weldFinish + latenessMillis == timestamp) {
                long[] c = count(b.equipment, b.weldStart, b.weldFinish);
                b.arcOnReadings = c[ARC_ON];
                b.outOfWindowReadings = c[OUT];
                b.resolved = true;
                resolvedBlocks.inc();
            } else if (task.startsWith(TEST) && !b.utResolved && b.failedUtAt + latenessMillis == timestamp) {
                testCause(b);
            } else if (task.startsWith(PAINT) && b.paintFinish + latenessMillis == timestamp) {
                measuredDft(b);
            } else {
                continue; // superseded by a later finish or test, whose own timer counts it
            }
            b.version++;
            blocks.put(b.blockId, b);
            out.collect(b.snapshot(now));
        }
    }

    /** The readings of the welding unit from the weld start to the failed test, and what they suggest. */
    private void testCause(BlockWeld b) throws Exception {
        b.utResolved = true;
        if (b.weldStart == Long.MIN_VALUE || b.weldStart > b.failedUtAt) {
            b.suspectedCause = "the block's welding stage was not seen before the failed UT: welding telemetry not joined";
            return;
        }
        if (b.equipment == null) {
            b.suspectedCause = "the welding stage's events named no welding unit: welding telemetry not joined";
            return;
        }
        long to = b.weldFinish == Long.MIN_VALUE ? b.failedUtAt : Math.min(b.weldFinish, b.failedUtAt);
        long[] c = count(b.equipment, b.weldStart, to);
        b.utArcOnReadings = c[ARC_ON];
        b.utOutOfWindowReadings = c[OUT];
        if (c[OUT] > 0) {
            failedUtOutOfWindow.inc();
            b.suspectedCause = String.format(Locale.ROOT, "welding parameters out of procedure window before the failed UT: %d of %d"
                    + " arc-on readings of %s (current %d, voltage %d, travel speed %d)", c[OUT], c[ARC_ON], b.equipment, c[CURRENT],
                    c[VOLTAGE], c[TRAVEL]);
        } else if (c[ARC_ON] > 0) {
            b.suspectedCause = String.format(Locale.ROOT, "welding parameters within the procedure window before the failed UT"
                    + " (%d arc-on readings of %s): cause not in the welding telemetry", c[ARC_ON], b.equipment);
        } else {
            b.suspectedCause = "no welding readings of " + b.equipment + " between the weld start and the failed UT";
        }
    }

    /** The booth's coating-thickness readings during the block's painting: the measured DFT of its coats. */
    private void measuredDft(BlockWeld b) throws Exception {
        double sum = 0;
        long n = 0;
        for (long i = Math.floorDiv(b.paintStart, BUCKET_MILLIS); i <= Math.floorDiv(b.paintFinish, BUCKET_MILLIS); i++) {
            double[] c = dftBuckets.get(bucketKey(b.booth, i));
            if (c != null) {
                sum += c[0];
                n += (long) c[1];
            }
        }
        b.dftSumUm = sum;
        b.dftReadings = n;
    }

    /** Sums the buckets of {@code unit} from {@code from} to {@code to} (both inclusive, to bucket resolution). */
    private long[] count(String unit, long from, long to) throws Exception {
        long[] sum = new long[5];
        if (unit == null || from == Long.MIN_VALUE || to < from) {
            return sum;
        }
        for (long i = Math.floorDiv(from, BUCKET_MILLIS); i <= Math.floorDiv(to, BUCKET_MILLIS); i++) {
            long[] c = buckets.get(bucketKey(unit, i));
            if (c != null) {
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += c[k];
                }
            }
        }
        return sum;
    }

    /** Drops the buckets of every unit for one day: no interval that can still be counted reaches back to it. */
    private void clean(long day) throws Exception {
        long first = day * DAY_MILLIS / BUCKET_MILLIS;
        long last = (day + 1) * DAY_MILLIS / BUCKET_MILLIS;
        for (String unit : units.keys()) {
            for (long i = first; i < last; i++) {
                buckets.remove(bucketKey(unit, i));
                dftBuckets.remove(bucketKey(unit, i));
            }
        }
    }

    /** Adds a task to the timer at {@code time} (one timer per time; its tasks in {@link #due}). */
    private void schedule(Context ctx, long time, String task) throws Exception {
        String tasks = due.get(time);
        if (tasks == null) {
            due.put(time, task);
            ctx.timerService().registerEventTimeTimer(time);
        } else if (!("\n" + tasks + "\n").contains("\n" + task + "\n")) {
            due.put(time, tasks + "\n" + task);
        }
    }

    /** Buckets held now, for tests. */
    int bucketsHeld() throws Exception {
        int n = 0;
        for (String ignored : buckets.keys()) {
            n++;
        }
        for (String ignored : dftBuckets.keys()) {
            n++;
        }
        return n;
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

    private static String bucketKey(String unit, long bucket) {
        return unit + "|" + bucket;
    }
}
