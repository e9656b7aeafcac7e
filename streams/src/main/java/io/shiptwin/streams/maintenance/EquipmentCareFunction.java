package io.shiptwin.streams.maintenance;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.twin.IngestedReading;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The care of each machine, keyed by its asset id, from its unique telemetry (first input) and the business events
 * about it (second input): status (docs/equipment-health.md), per-shift utilisation and OEE, statistical drift
 * detection with remaining useful life, and the maintenance work orders drift alerts open and repairs close.
 * Main output: condition changes for the twin row; side outputs: {@link #ALERTS}, {@link #WORK_ORDERS},
 * {@link #SHIFTS}. A shift closes when a reading of a later shift arrives or, if the machine falls silent, when the
 * watermark passes its end plus {@link #MAX_GAP_MILLIS}.
 *
 * <p>Business events come on another topic and run ahead of the telemetry when a scenario is replayed as fast as
 * possible, so each waits in keyed state until the watermark reaches its event time: a repair is applied after the
 * readings that came before it (and the drift alert they raised), not before.
 */
public final class EquipmentCareFunction extends KeyedCoProcessFunction<String, IngestedReading, EquipmentEvent, EquipmentCondition> {
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("drift-alerts") {
    };
    public static final OutputTag<WorkOrder> WORK_ORDERS = new OutputTag<>("work-orders") {
    };
    public static final OutputTag<ShiftRecord> SHIFTS = new OutputTag<>("equipment-shifts") {
    };
    /** A reading's status holds until the next reading, but no longer than this (a silent machine is not counted). */
    public static final long MAX_GAP_MILLIS = 15 * 60_000L;
    /** While nothing changes, the twin row's condition is refreshed once per this much event time. */
    public static final long REFRESH_MILLIS = 3_600_000L;

    private final List<ActivityRule> activities;
    private final List<DriftRule> drifts;
    private final ShiftCalendar calendar;
    private transient ValueState<EquipmentCare> state;
    private transient ListState<EquipmentEvent> waiting;
    private transient Counter driftAlerts;
    private transient Counter ordersOpened;
    private transient Counter lateReadings;

    public EquipmentCareFunction(List<ActivityRule> activities, List<DriftRule> drifts, ShiftCalendar calendar) {
        this.activities = List.copyOf(activities);
        this.drifts = List.copyOf(drifts);
        this.calendar = calendar;
    }

    public static EquipmentCareFunction defaults() {
        return new EquipmentCareFunction(ActivityRule.defaults(), DriftRule.defaults(), ShiftCalendar.defaults());
    }

    @Override
    public void open(OpenContext ctx) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("equipment-care", EquipmentCare.class));
        waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting-events", EquipmentEvent.class));
        driftAlerts = getRuntimeContext().getMetricGroup().counter("driftAlertsOpened");
        ordersOpened = getRuntimeContext().getMetricGroup().counter("workOrdersOpened");
        lateReadings = getRuntimeContext().getMetricGroup().counter("lateShiftReadings");
    }

    private EquipmentCare care(String assetId, String assetType) throws Exception {
        EquipmentCare c = state.value();
        if (c == null) {
            c = new EquipmentCare();
            c.assetId = assetId;
        }
        if (assetType != null && (c.assetType == null || !"equipment".equals(assetType))) {
            c.assetType = assetType;
        }
        return c;
    }

    /** One tracker per drift rule of the machine's type (null for the others), made on its first reading. */
    private void tracks(EquipmentCare c, String assetType) {
        if (c.tracks.length == drifts.size()) {
            return;
        }
        c.tracks = new DriftTrack[drifts.size()];
        for (int i = 0; i < drifts.size(); i++) {
            c.tracks[i] = drifts.get(i).assetType().equals(assetType) ? new DriftTrack() : null;
        }
    }

    // ---- telemetry ----------------------------------------------------------------------------------

    @Override
    public void processElement1(IngestedReading in, Context ctx, Collector<EquipmentCondition> out) throws Exception {
        TelemetryReading r = in.reading();
        EquipmentCare c = care(r.assetId(), r.assetType());
        tracks(c, r.assetType());
        long t = r.eventTimeMillis();
        ActivityRule activity = ActivityRule.of(activities, r.assetType());
        boolean changed = false;
        if (activity != null) {
            account(c, t, ctx);
            if (t >= c.lastReadingAt) { // an older reading changes neither the status nor the shift hours
                String now = c.down ? EquipmentStatus.DOWN.name() : c.maintenanceOrder != null
                        ? EquipmentStatus.MAINTENANCE.name() : activity.working(r) ? EquipmentStatus.WORKING.name()
                        : EquipmentStatus.IDLE.name();
                c.lastStatus = now;
                c.lastReadingAt = t;
                changed = setStatus(c, now, t);
            }
        }
        changed |= detect(c, r, ctx);
        refresh(c, t, changed, out);
        state.update(c);
    }

    /** Credits the previous reading's status up to this reading, shift by shift, and counts the reading in its shift. */
    private void account(EquipmentCare c, long t, Context ctx) {
        if (c.lastStatus != null && t > c.lastReadingAt) {
            long from = Math.max(c.lastReadingAt, c.creditedUntil);
            long to = Math.min(t, c.lastReadingAt + MAX_GAP_MILLIS);
            credit(c, c.lastStatus, from, to, ctx);
            c.creditedUntil = Math.max(c.creditedUntil, to);
        } else if (c.lastStatus != null && t < c.lastReadingAt) {
            lateReadings.inc();
            return;
        }
        long shift = calendar.shiftStart(t);
        if (shift != Long.MIN_VALUE && shift > c.shiftStart) {
            startShift(c, shift, ctx);
        }
        if (shift != Long.MIN_VALUE && shift == c.shiftStart) {
            c.samples++;
        }
    }

    private void credit(EquipmentCare c, String status, long from, long to, Context ctx) {
        if (to <= from) {
            return;
        }
        long start = calendar.shiftStart(from);
        if (start != Long.MIN_VALUE) {
            long end = start + calendar.shiftMillis();
            add(c, start, status, Math.min(to, end) - from, ctx);
            if (to > end) {
                long next = calendar.shiftStart(end);
                if (next != Long.MIN_VALUE) {
                    add(c, next, status, to - end, ctx);
                }
            }
        } else {
            long next = calendar.shiftStart(to - 1);
            if (next != Long.MIN_VALUE && next > from) {
                add(c, next, status, to - next, ctx);
            }
        }
    }

    private void add(EquipmentCare c, long shift, String status, long millis, Context ctx) {
        if (shift < c.shiftStart) {
            lateReadings.inc();
            return;
        }
        if (shift > c.shiftStart) {
            startShift(c, shift, ctx);
        }
        c.covered += millis;
        switch (EquipmentStatus.valueOf(status)) {
            case WORKING -> c.working += millis;
            case IDLE -> c.idle += millis;
            case DOWN -> c.downMs += millis;
            case MAINTENANCE -> c.maintenance += millis;
        }
    }

    /** Emits the shift being accumulated (if any time was counted) and starts {@code shift}. */
    private void startShift(EquipmentCare c, long shift, Context ctx) {
        closeShift(c, ctx);
        c.shiftStart = shift;
        ctx.timerService().registerEventTimeTimer(shift + calendar.shiftMillis() + MAX_GAP_MILLIS);
    }

    private void closeShift(EquipmentCare c, Context ctx) {
        if (c.shiftStart != Long.MIN_VALUE && c.covered > 0) {
            ctx.output(SHIFTS, new ShiftRecord(c.assetId, c.assetType, c.shiftStart, c.shiftStart + calendar.shiftMillis(),
                    hours(c.covered), hours(c.working), hours(c.idle), hours(c.downMs), hours(c.maintenance), c.samples));
        }
        c.covered = 0;
        c.working = 0;
        c.idle = 0;
        c.downMs = 0;
        c.maintenance = 0;
        c.samples = 0;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EquipmentCondition> out) throws Exception {
        releaseEvents(timestamp, ctx, out);
        EquipmentCare c = state.value();
        if (c == null || c.shiftStart == Long.MIN_VALUE || timestamp != c.shiftStart + calendar.shiftMillis() + MAX_GAP_MILLIS) {
            return; // an event's timer, or a later shift has started since: this one was closed by a reading
        }
        long end = c.shiftStart + calendar.shiftMillis();
        if (c.lastStatus != null) {
            long from = Math.max(c.lastReadingAt, c.creditedUntil);
            long to = Math.min(end, c.lastReadingAt + MAX_GAP_MILLIS);
            credit(c, c.lastStatus, from, to, ctx);
            c.creditedUntil = Math.max(c.creditedUntil, to);
        }
        closeShift(c, ctx);
        state.update(c);
    }

    /** Applies the waiting business events up to {@code watermark}, in event-time order. */
    private void releaseEvents(long watermark, Context ctx, Collector<EquipmentCondition> out) throws Exception {
        List<EquipmentEvent> due = new ArrayList<>();
        List<EquipmentEvent> later = new ArrayList<>();
        for (EquipmentEvent e : waiting.get()) {
            (e.event().eventTimeMillis() <= watermark ? due : later).add(e);
        }
        if (due.isEmpty()) {
            return;
        }
        waiting.update(later);
        due.sort(Comparator.comparingLong(e -> e.event().eventTimeMillis()));
        for (EquipmentEvent e : due) {
            apply(e, ctx, out);
        }
    }

    private static double hours(long millis) {
        return millis / 3_600_000.0;
    }

    // ---- drift, RUL, work orders ---------------------------------------------------------------------

    private boolean detect(EquipmentCare c, TelemetryReading r, Context ctx) {
        boolean changed = false;
        for (int i = 0; i < c.tracks.length; i++) {
            DriftTrack track = c.tracks[i];
            if (track == null) {
                continue;
            }
            DriftRule rule = drifts.get(i);
            double x = value(r, rule.channel());
            if (Double.isNaN(x) || (rule.guardChannel() != null && !(value(r, rule.guardChannel()) > rule.guardAbove()))) {
                continue;
            }
            DriftTrack.Change change = track.add(rule, x, r.eventTimeMillis());
            if (change == DriftTrack.Change.OPENED) {
                double rul = track.rulHours(rule);
                track.alertId = r.assetId() + "/" + rule.id() + "/" + r.eventId();
                track.openingEventId = r.eventId();
                String message = String.format(Locale.ROOT, "%s: %s EWMA %.2f vs healthy %.2f (%.1f sigma)%s", rule.what(),
                        rule.channel(), track.ewma, track.mean, track.z(rule),
                        Double.isNaN(rul) ? "" : String.format(Locale.ROOT, ", RUL %.1f h to %.2f", rul, rule.failureLimit()));
                Alert alert = new Alert(track.alertId, r.assetId(), r.assetType(), rule.id(), Alert.OPEN, message, track.ewma,
                        rule.failureLimit(), r.eventId(), r.eventTimeMillis(), null, -1, rul);
                track.message = message;
                track.openedValue = track.ewma;
                track.openedRul = rul;
                ctx.output(ALERTS, alert);
                driftAlerts.inc();
                openWorkOrder(c, alert, ctx);
                changed = true;
            } else if (change == DriftTrack.Change.CLEARED) {
                ctx.output(ALERTS, new Alert(track.alertId, r.assetId(), r.assetType(), rule.id(), Alert.OPEN, track.message,
                        track.openedValue, rule.failureLimit(), track.openingEventId, track.openedAt, null, -1, track.openedRul)
                        .cleared(r.eventId(), r.eventTimeMillis()));
                changed = true;
            }
        }
        return changed;
    }

    /** A maintenance-relevant alert opens a work order unless one is already open on the machine. */
    private void openWorkOrder(EquipmentCare c, Alert alert, Context ctx) {
        if (c.openOrderId != null) {
            return;
        }
        c.ordersOpened++;
        c.openOrderId = WorkOrder.idFor(c.assetId, c.ordersOpened);
        c.openOrderAlert = alert.alertId();
        c.openOrderReason = alert.message();
        c.openOrderAt = alert.openedAtMillis();
        c.openOrderRul = alert.rulHours();
        ordersOpened.inc();
        ctx.output(WORK_ORDERS, openOrder(c));
    }

    private static WorkOrder openOrder(EquipmentCare c) {
        return new WorkOrder(c.openOrderId, c.assetId, c.assetType, c.openOrderAlert, c.openOrderReason, WorkOrder.OPEN,
                c.openOrderAt, c.openOrderRul, -1, null, null);
    }

    private static double value(TelemetryReading r, String channel) {
        String[] channels = r.channels();
        for (int i = 0; i < channels.length; i++) {
            if (channels[i].equals(channel)) {
                return r.values()[i];
            }
        }
        return Double.NaN;
    }

    // ---- business events ------------------------------------------------------------------------------

    @Override
    public void processElement2(EquipmentEvent in, Context ctx, Collector<EquipmentCondition> out) throws Exception {
        long t = in.event().eventTimeMillis();
        if (t <= ctx.timerService().currentWatermark()) {
            apply(in, ctx, out);
        } else {
            waiting.add(in);
            ctx.timerService().registerEventTimeTimer(t);
        }
    }

    private void apply(EquipmentEvent in, Context ctx, Collector<EquipmentCondition> out) throws Exception {
        BusinessEvent e = in.event();
        EquipmentCare c = care(in.equipmentId(), e instanceof EquipmentFaulted || e instanceof EquipmentRepaired ? e.assetType() : null);
        long t = e.eventTimeMillis();
        boolean changed = false;
        if (e instanceof EquipmentFaulted) {
            c.down = true;
            changed = setStatus(c, EquipmentStatus.DOWN.name(), t);
        } else if (e instanceof EquipmentRepaired) {
            c.down = false;
            changed = setStatus(c, c.maintenanceOrder != null ? EquipmentStatus.MAINTENANCE.name() : EquipmentStatus.IDLE.name(), t);
            closeOrder(c, t, e.eventId(), "equipment-repaired", ctx);
        } else if (e instanceof WorkOrderOpened o) {
            c.maintenanceOrder = o.assetId();
            if (!c.down) {
                changed = setStatus(c, EquipmentStatus.MAINTENANCE.name(), t);
            }
        } else if (e instanceof WorkOrderClosed) {
            if (e.assetId().equals(c.maintenanceOrder)) {
                c.maintenanceOrder = null;
                if (!c.down) {
                    changed = setStatus(c, EquipmentStatus.IDLE.name(), t);
                }
            }
            if (e.assetId().equals(c.openOrderId)) {
                closeOrder(c, t, e.eventId(), "work-order-closed", ctx);
            }
        }
        if (c.assetType != null) {
            refresh(c, t, changed, out);
        }
        state.update(c);
    }

    private void closeOrder(EquipmentCare c, long t, String eventId, String eventType, Context ctx) {
        if (c.openOrderId == null) {
            return;
        }
        ctx.output(WORK_ORDERS, openOrder(c).closed(t, eventId, eventType));
        c.openOrderId = null;
        c.openOrderAlert = null;
        c.openOrderReason = null;
        c.openOrderRul = Double.NaN;
    }

    // ---- condition of the twin row -----------------------------------------------------------------------

    private static boolean setStatus(EquipmentCare c, String status, long t) {
        if (status.equals(c.status)) {
            return false;
        }
        c.status = status;
        c.statusSince = t;
        return true;
    }

    /** Emits the condition when it changed, when the RUL moved by a tenth or more, or once an hour of event time. */
    private void refresh(EquipmentCare c, long t, boolean changed, Collector<EquipmentCondition> out) {
        double rul = Double.NaN;
        String channel = null;
        for (int i = 0; i < c.tracks.length; i++) {
            DriftTrack track = c.tracks[i];
            if (track != null && track.open) {
                double r = track.rulHours(drifts.get(i));
                if (channel == null || (!Double.isNaN(r) && !(r >= rul))) {
                    rul = r;
                    channel = drifts.get(i).channel();
                }
            }
        }
        boolean rulMoved = Double.isNaN(rul) != Double.isNaN(c.lastRul)
                || (!Double.isNaN(rul) && Math.abs(rul - c.lastRul) > 0.1 * Math.max(1, c.lastRul));
        if (!changed && !rulMoved && c.lastConditionAt != Long.MIN_VALUE && t - c.lastConditionAt < REFRESH_MILLIS) {
            return;
        }
        if (c.status == null && channel == null) {
            return;
        }
        c.conditionVersion++;
        c.lastConditionAt = t;
        c.lastRul = rul;
        out.collect(new EquipmentCondition(c.assetId, c.assetType, c.status, c.statusSince, rul, channel, c.conditionVersion, t));
    }
}
