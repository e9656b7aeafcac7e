package io.shiptwin.streams.health;

import io.shiptwin.model.TelemetryReading;

/** Evaluates one rule on one reading: NaN when the rule holds or does not apply, else the offending value. */
final class RuleCheck {
    private RuleCheck() {
    }

    /** The offending value, or NaN. {@code limitOut[0]} receives the limit that was crossed. */
    static double violation(HealthRule rule, TelemetryReading r, double[] limitOut) {
        if (rule instanceof HealthRule.Window w) {
            double v = value(r, w.channel());
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (w.guardChannel() != null) {
                double guard = value(r, w.guardChannel());
                if (Double.isNaN(guard) || guard <= w.guardAbove()) {
                    return Double.NaN;
                }
            }
            if (v < w.min()) {
                limitOut[0] = w.min();
                return v;
            }
            if (v > w.max()) {
                limitOut[0] = w.max();
                return v;
            }
            return Double.NaN;
        }
        HealthRule.Margin m = (HealthRule.Margin) rule;
        double v = value(r, m.channel());
        double ref = value(r, m.referenceChannel());
        if (Double.isNaN(v) || Double.isNaN(ref) || v - ref >= m.minMargin()) {
            return Double.NaN;
        }
        limitOut[0] = ref + m.minMargin();
        return v;
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
}
