package io.shiptwin.streams.health;

import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.twin.IngestedReading;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Watches each piece of equipment's readings against its limit rules and emits an alert when a rule
 * starts being violated (OPEN) and when it stops (CLEARED) — transitions only, not every reading.
 * Keyed by asset id; the open alerts are keyed state, so they survive a restore.
 */
public final class EquipmentHealthFunction extends KeyedProcessFunction<String, IngestedReading, Alert> {
    private final List<HealthRule> rules;
    private transient MapState<String, Alert> open;
    private transient Counter opened;
    private transient double[] limit;

    public EquipmentHealthFunction(List<HealthRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void open(OpenContext ctx) {
        open = getRuntimeContext().getMapState(new MapStateDescriptor<>("open-alerts", String.class, Alert.class));
        opened = getRuntimeContext().getMetricGroup().counter("alertsOpened");
        limit = new double[1];
    }

    @Override
    public void processElement(IngestedReading in, Context ctx, Collector<Alert> out) throws Exception {
        TelemetryReading r = in.reading();
        for (HealthRule rule : rules) {
            if (!rule.assetType().equals(r.assetType())) {
                continue;
            }
            double offending = RuleCheck.violation(rule, r, limit);
            Alert current = open.get(rule.id());
            if (!Double.isNaN(offending) && current == null) {
                Alert alert = new Alert(r.assetId() + "/" + rule.id() + "/" + r.eventId(), r.assetId(), r.assetType(), rule.id(),
                        Alert.OPEN, describe(rule, offending, limit[0]), offending, limit[0], r.eventId(), r.eventTimeMillis(),
                        null, -1);
                open.put(rule.id(), alert);
                opened.inc();
                out.collect(alert);
            } else if (Double.isNaN(offending) && current != null) {
                open.remove(rule.id());
                out.collect(current.cleared(r.eventId(), r.eventTimeMillis()));
            }
        }
    }

    private static String describe(HealthRule rule, double value, double limit) {
        String what = rule instanceof HealthRule.Window w ? w.what() + ": " + w.channel() : ((HealthRule.Margin) rule).what()
                + ": " + ((HealthRule.Margin) rule).channel();
        return String.format(java.util.Locale.ROOT, "%s = %.2f, limit %.2f", what, value, limit);
    }
}
