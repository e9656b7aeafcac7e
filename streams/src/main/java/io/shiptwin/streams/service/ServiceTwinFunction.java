package io.shiptwin.streams.service;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.SeenEventIds;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The service twin of each delivered ship (keyed by ship id; docs/service-twin.md): its delivery date (from
 * {@link ShipDelivered}, or the start of {@code IN_OPERATION}), the totals of its {@link OperationalReport}s, its
 * {@link SurveyCompleted} surveys (count per kind, the last one, failed ones not yet followed by a pass) and the
 * next survey due by the class rule ({@link SurveyCycle}). Emits a snapshot per unique event; each survey also
 * leaves by {@link #SURVEYS}.
 *
 * <p>Overdue surveys: an event-time timer at the next survey's due date; when the watermark passes it and that
 * survey has not been completed, an {@link Alert} ({@link #SURVEY_OVERDUE}) opens on {@link #ALERTS}; the survey's
 * completion clears it. A timer whose date is no longer the next due is stale and ignored.
 *
 * <p>These events reach no hull twin, so de-duplication by event id is done here (seen ids kept for the dedup retention, {@link SeenEventIds}, like the
 * hull twin's); duplicates leave by {@link #DUPLICATES}. Sums do not depend on arrival order; the last report
 * and last survey are the latest in event time. Apart from the bounded seen ids the state is one fixed-size
 * {@link ServiceAccumulator} per ship.
 */
public final class ServiceTwinFunction extends KeyedProcessFunction<String, IngestedEvent, ShipService> {
    public static final String SURVEY_OVERDUE = "survey-overdue";
    public static final String SHIP_KIND = ObjectKind.SHIP.topicSegment();
    public static final OutputTag<ShipSurvey> SURVEYS = new OutputTag<>("ship-surveys") {
    };
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("service-alerts") {
    };
    public static final OutputTag<DroppedEvent> DUPLICATES = new OutputTag<>("service-duplicates") {
    };

    private final Duration dedupRetention;
    private final SurveyCycle cycle;
    private transient ValueState<ServiceAccumulator> state;
    private transient SeenEventIds seen;
    private transient Counter updates;
    private transient Counter duplicates;
    private transient Counter overdue;

    /** @param cycle the class rule the twin applies (the class society's, {@link SurveyCycle#IACS} by default) */
    public ServiceTwinFunction(Duration dedupRetention, SurveyCycle cycle) {
        this.dedupRetention = dedupRetention;
        this.cycle = cycle;
    }

    /** Whether the service twin reads {@code e}: delivery, start of operation, operational reports and surveys of ships. */
    public static boolean concerns(BusinessEvent e) {
        if (e instanceof OperationalReport || e instanceof SurveyCompleted || e instanceof ShipDelivered) {
            return isShip(e.assetId());
        }
        return e instanceof StageStarted s && s.stage() == LifecycleStage.IN_OPERATION && isShip(e.assetId());
    }

    private static boolean isShip(String id) {
        try {
            return ObjectKind.of(Identifier.parse(id)) == ObjectKind.SHIP;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void open(OpenContext ctx) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("ship-service", ServiceAccumulator.class));
        seen = SeenEventIds.open(getRuntimeContext(), "seen-service-event-ids", dedupRetention);
        updates = getRuntimeContext().getMetricGroup().counter("serviceTwinUpdates");
        duplicates = getRuntimeContext().getMetricGroup().counter("serviceDuplicatesDropped");
        overdue = getRuntimeContext().getMetricGroup().counter("surveysOverdue");
    }

    @Override
    public void processElement(IngestedEvent in, Context ctx, Collector<ShipService> out) throws Exception {
        BusinessEvent e = in.event();
        long now = ctx.timerService().currentProcessingTime();
        boolean first = seen.firstSighting(e.eventId(), e.sequence(), now);
        seen.armForgetting(ctx.timerService());
        if (!first) {
            duplicates.inc();
            ctx.output(DUPLICATES, in.duplicate(now));
            return;
        }
        ServiceAccumulator acc = state.value();
        if (acc == null) {
            acc = ServiceAccumulator.of(ctx.getCurrentKey());
        }
        boolean surveysMoved = false;
        if (e instanceof OperationalReport r) {
            report(acc, r);
        } else if (e instanceof SurveyCompleted s) {
            survey(acc, s, ctx, now);
            surveysMoved = true;
        } else if (acc.deliveredAt < 0 || e.eventTimeMillis() < acc.deliveredAt) {
            // ShipDelivered or the start of operation: the same moment in a yard's records; the earlier one counts.
            acc.deliveredAt = e.eventTimeMillis();
            surveysMoved = true;
        }
        if (surveysMoved) {
            nextDue(acc, ctx);
        }
        acc.version++;
        if (e.eventTimeMillis() > acc.lastEventTime
                || (e.eventTimeMillis() == acc.lastEventTime && (acc.lastEventId == null || e.eventId().compareTo(acc.lastEventId) > 0))) {
            acc.lastEventTime = e.eventTimeMillis();
            acc.lastEventId = e.eventId();
        }
        state.update(acc);
        updates.inc();
        out.collect(acc.snapshot(now));
    }

    private static void report(ServiceAccumulator acc, OperationalReport r) {
        acc.reports++;
        acc.reportedHours += r.periodHours();
        acc.distanceNm += r.distanceNauticalMiles();
        acc.fuelTonnes += r.fuelTonnes();
        acc.mainEngineHours += r.mainEngineHours();
        // The report gives distance and average speed over the ground: their ratio is the time the ship made way.
        if (r.averageSpeedKnots() > 0) {
            acc.hoursAtSea += r.distanceNauticalMiles() / r.averageSpeedKnots();
        }
        acc.lastReportAt = Math.max(acc.lastReportAt, r.eventTimeMillis());
    }

    private void survey(ServiceAccumulator acc, SurveyCompleted s, Context ctx, long now) {
        SurveyKind kind = s.surveyKind();
        int number = ++acc.surveysDone[kind.ordinal()];
        long t = s.eventTimeMillis();
        if (t >= acc.lastSurveyAt) {
            acc.lastSurveyAt = t;
            acc.lastSurveyId = s.survey().toString();
            acc.lastSurveyKind = kind.name();
            acc.lastSurveyPassed = s.passed();
        }
        if (s.passed()) {
            // A passed survey covers the scope of every survey of its rank or lower that failed before it.
            for (SurveyKind k : SurveyKind.values()) {
                if (SurveyCycle.rank(k) <= SurveyCycle.rank(kind) && acc.lastFailedAt[k.ordinal()] <= t) {
                    acc.failedOpen[k.ordinal()] = 0;
                }
            }
        } else {
            acc.failedOpen[kind.ordinal()]++;
            acc.lastFailedAt[kind.ordinal()] = Math.max(acc.lastFailedAt[kind.ordinal()], t);
        }
        SurveyCycle.Due due = acc.deliveredAt < 0 ? null : cycle.nth(kind, number);
        ctx.output(SURVEYS, new ShipSurvey(s.survey().toString(), acc.shipId, kind.name(), number, s.society().name(), s.passed(),
                t, due == null ? -1 : SurveyCycle.dueMillis(acc.deliveredAt, due), s.eventId(), now));
        if (acc.overdueAlertId != null && kind.name().equals(acc.overdueKind) && number >= acc.overdueNumber) {
            ctx.output(ALERTS, overdueAlert(acc).cleared(s.eventId(), t));
            acc.overdueAlertId = null;
            acc.overdueKind = null;
            acc.overdueMessage = null;
            acc.overdueOpeningEventId = null;
            acc.overdueSince = -1;
        }
    }

    /** The next survey by the class rule and the surveys done; a timer on its due date watches for it. */
    private void nextDue(ServiceAccumulator acc, Context ctx) {
        if (acc.deliveredAt < 0) {
            return;
        }
        SurveyCycle.Due next = cycle.next(acc.surveysDone);
        long due = SurveyCycle.dueMillis(acc.deliveredAt, next);
        acc.nextSurveyKind = next.kind().name();
        acc.nextSurveyNumber = next.number();
        acc.nextSurveyDue = due;
        ctx.timerService().registerEventTimeTimer(due);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ShipService> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            seen.forgetIfIdle(timestamp); // the survey timers are on event time
            return;
        }
        ServiceAccumulator acc = state.value();
        if (acc == null || acc.nextSurveyDue != timestamp || acc.overdueAlertId != null) {
            return; // stale: the survey it watched was done, or an alert is already open
        }
        acc.overdueAlertId = acc.shipId + "/" + SURVEY_OVERDUE + "/" + acc.nextSurveyKind + "-" + acc.nextSurveyNumber;
        acc.overdueKind = acc.nextSurveyKind;
        acc.overdueNumber = acc.nextSurveyNumber;
        acc.overdueSince = timestamp;
        acc.overdueOpeningEventId = acc.lastEventId;
        acc.overdueMessage = acc.nextSurveyKind.toLowerCase() + " survey " + acc.nextSurveyNumber + " of " + acc.shipId
                + " was due " + EnvelopeCodec.formatEventTime(timestamp) + " (class rule, from delivery "
                + EnvelopeCodec.formatEventTime(acc.deliveredAt) + ") and has not been completed";
        overdue.inc();
        acc.version++;
        state.update(acc);
        ctx.output(ALERTS, overdueAlert(acc));
        out.collect(acc.snapshot(ctx.timerService().currentProcessingTime()));
    }

    /** The open overdue alert; its id names ship, kind and number, so a replay rewrites the same alert. */
    private static Alert overdueAlert(ServiceAccumulator acc) {
        return new Alert(acc.overdueAlertId, acc.shipId, SHIP_KIND, SURVEY_OVERDUE, Alert.OPEN, acc.overdueMessage,
                acc.overdueNumber, 0, acc.overdueOpeningEventId, acc.overdueSince, null, -1);
    }
}
