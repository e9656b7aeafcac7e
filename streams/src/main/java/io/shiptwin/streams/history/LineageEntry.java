package io.shiptwin.streams.history;

import io.shiptwin.streams.lifecycle.HullChange;
import java.util.Locale;

/**
 * One event in the lineage of a ship, grand block or block: the version it produced, what it changed and where it
 * was read from (Kafka topic, partition and offset: the raw message). {@link TwinLineageTable} keeps the last N per
 * entity. Equipment has no entries: its lineage is read from the equipment history ({@code equipment_history_chunks}), which holds every
 * version with its event and Kafka record.
 *
 * @param field  what the event changed: a {@code hull_twin} column; null when it changed no field
 * @param detail the change as text: {@code +12.50} for a flow, the stage for a stage event
 * @param sourcePartition -1 and {@code sourceOffset} -1 (with {@code sourceTopic} null) when unknown
 */
public record LineageEntry(String entityId, long version, String eventId, String eventType, long eventTimeMillis,
                           String field, String detail, String sourceTopic, int sourcePartition, long sourceOffset) {
    public static LineageEntry ofHull(HullChange c) {
        return new LineageEntry(c.twin().entityId(), c.twin().version(), c.eventId(), c.eventType(), c.eventTimeMillis(),
                c.field(), hullDetail(c), c.sourceTopic(), c.sourcePartition(), c.sourceOffset());
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

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", v);
    }
}
