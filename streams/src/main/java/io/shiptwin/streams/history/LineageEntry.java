package io.shiptwin.streams.history;

import io.shiptwin.model.EventType;
import io.shiptwin.streams.lifecycle.HullChange;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.EventTrace;
import java.util.Locale;

/**
 * One event in the lineage of a twin: the version it produced, what it changed and where it was read from
 * (Kafka topic, partition and offset: the raw message). {@link TwinLineageTable} keeps the last N per entity.
 *
 * @param field  what the event changed: a {@code hull_twin} column, or the equipment channels it carried
 *               (comma-separated); null when it changed no field
 * @param detail the change as text: {@code +12.50} for a flow, the stage for a stage event, the readings
 * @param sourcePartition -1 and {@code sourceOffset} -1 (with {@code sourceTopic} null) when unknown
 */
public record LineageEntry(String entityId, long version, String eventId, String eventType, long eventTimeMillis,
                           String field, String detail, String sourceTopic, int sourcePartition, long sourceOffset) {
    static final int MAX_TEXT = 1000;

    public static LineageEntry ofHull(HullChange c) {
        return new LineageEntry(c.twin().entityId(), c.twin().version(), c.eventId(), c.eventType(), c.eventTimeMillis(),
                c.field(), hullDetail(c), c.sourceTopic(), c.sourcePartition(), c.sourceOffset());
    }

    public static LineageEntry ofEquipment(EquipmentTwin t) {
        String[] channels = t.applied().channels();
        double[] values = t.applied().values();
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < channels.length; i++) {
            if (i > 0) {
                detail.append(' ');
            }
            detail.append(channels[i]).append('=');
            appendFixed3(detail, values[i]);
        }
        EventTrace trace = t.trace();
        boolean traced = trace != null && !trace.sourceTopic().isEmpty();
        return new LineageEntry(t.assetId(), t.version(), t.applied().eventId(), EventType.TELEMETRY.wireName(),
                t.applied().eventTimeMillis(), cut(String.join(",", channels)), cut(detail.toString()),
                traced ? trace.sourceTopic() : null, traced ? trace.sourcePartition() : -1, traced ? trace.sourceOffset() : -1);
    }

    private static String hullDetail(HullChange c) {
        if (c.field() == null) {
            return "cost-booked".equals(c.eventType()) ? "cost in a second currency: not added" : "";
        }
        return switch (c.field()) {
            case "stage", "stage_finished" -> c.eventStage();
            case "man_hours" -> signed(c.manHoursDelta());
            case "cost_minor_units" -> (c.costDelta() >= 0 ? "+" : "") + c.costDelta() + " " + c.twin().currency();
            case "energy_kwh" -> signed(c.energyDelta());
            case "inspections_passed", "inspections_failed", "non_conformances_opened" -> "+1 (" + c.subjectId() + ")";
            case "delivered" -> "true";
            default -> "";
        };
    }

    /**
     * {@code String.format(Locale.ROOT, "%.3f", v)} without a Formatter: this runs once per telemetry event,
     * and Formatter's allocations showed in the pipeline bench's profile.
     */
    static void appendFixed3(StringBuilder out, double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            out.append(String.format(Locale.ROOT, "%.3f", v));
            return;
        }
        long thousandths = Math.round(Math.abs(v) * 1000);
        if (v < 0 && thousandths != 0) {
            out.append('-');
        }
        long fraction = thousandths % 1000;
        out.append(thousandths / 1000).append('.');
        if (fraction < 100) {
            out.append('0');
        }
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", v);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
